// The one manifest.json, adapted per browser: Firefox wants background.scripts and a gecko id.
export type Target = 'chrome' | 'firefox';

export const GECKO_ID = 'backstory@backstory.invalid';

type Manifest = Record<string, unknown> & { background: { service_worker: string; type?: string } };

export function manifestFor(base: Manifest, target: Target): Record<string, unknown> {
  if (target === 'chrome') return base;
  const { background, ...rest } = base;
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '146.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  };
}
