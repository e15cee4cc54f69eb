// World regions for the dataset's spread (`npm run data:stats`), from a company's country code.

export const REGIONS = ['North America', 'Latin America', 'Europe', 'Middle East and Africa', 'Asia-Pacific'] as const;
export type Region = (typeof REGIONS)[number];

const COUNTRIES: Record<Region, string> = {
  'North America': 'US CA BM',
  'Latin America': 'MX BR AR CL CO PE UY KY PA',
  'Europe': 'GB IE FR DE NL BE LU CH AT IT ES PT DK SE NO FI IS PL CZ HU RO GR CY MT TR RU UA JE GG IM EE LV LT SK SI HR BG RS LI MC',
  'Middle East and Africa': 'AE SA QA KW BH OM IL EG ZA NG KE MA JO',
  'Asia-Pacific': 'CN HK TW JP KR SG IN ID MY TH VN PH AU NZ PK BD KZ MO',
};

const REGION_OF = new Map<string, Region>(
  (Object.entries(COUNTRIES) as [Region, string][]).flatMap(([region, codes]) => codes.split(' ').map((code) => [code, region] as const)),
);

/** The region of an ISO 3166-1 alpha-2 code, or undefined for a code not listed. */
export function regionOf(country: string): Region | undefined {
  return REGION_OF.get(country);
}
