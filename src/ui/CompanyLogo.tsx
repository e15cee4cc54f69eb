// The company's brand mark when simple-icons has one, else its initial. The glyph is drawn in black
// or white, whichever reads better on the brand colour, so both colour schemes stay legible.
import type { CompanyLogo as Logo } from '../core/display/company-profile';

/** Relative luminance of a six-digit hex colour (WCAG 2 definition). */
export function luminanceOf(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/** Black on light brand colours, white on dark ones: the glyph with the higher contrast. */
export function glyphColourOn(hex: string): '#000000' | '#ffffff' {
  const luminance = luminanceOf(hex);
  return (luminance + 0.05) / 0.05 > 1.05 / (luminance + 0.05) ? '#000000' : '#ffffff';
}

const HEX = /^[0-9a-f]{6}$/i;

export function CompanyLogo({ name, logo }: { name: string; logo: Logo | undefined }) {
  if (!logo || !HEX.test(logo.hex)) {
    return <span class="bs-monogram" aria-hidden="true">{name.charAt(0)}</span>;
  }
  return (
    <span class="bs-monogram bs-logo" aria-hidden="true" style={{ background: `#${logo.hex}` }}>
      <svg viewBox="0 0 24 24" width="20" height="20" focusable="false">
        <path d={logo.path} fill={glyphColourOn(logo.hex)} />
      </svg>
    </span>
  );
}
