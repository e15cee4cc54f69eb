// Words that, near a name, say it is a company: "Apple shares", "Target Corp said", "the CEO of
// Shell". Lower-cased; the recognizer looks a few words either side.
export const COMPANY_WORDS: ReadonlySet<string> = new Set([
  'inc', 'corp', 'corporation', 'co', 'ltd', 'llc', 'plc', 'ag', 'sa', 'nv', 'gmbh', 'holdings', 'group',
  'company', 'companies', 'firm', 'firms', 'maker', 'makers', 'startup', 'startups', 'giant', 'giants', 'rival', 'rivals',
  'brand', 'brands', 'retailer', 'retailers', 'competitor', 'competitors', 'platform', 'app', 'advertisers', 'posted', 'posts',
  'shares', 'share', 'stock', 'stocks', 'shareholders', 'investors', 'nasdaq', 'nyse', 'ticker', 'valuation', 'valued',
  'ceo', 'cfo', 'cto', 'chief', 'executive', 'executives', 'founder', 'board', 'chairman', 'spokesperson', 'spokesman', 'spokeswoman',
  'said', 'says', 'announced', 'announces', 'reported', 'reports', 'confirmed', 'declined', 'told',
  'acquired', 'acquire', 'acquires', 'acquisition', 'bought', 'buys', 'merger', 'merged', 'deal', 'deals',
  'invested', 'invests', 'investment', 'stake', 'funding', 'raised', 'backed', 'partnership', 'partnered', 'contract',
  'revenue', 'revenues', 'earnings', 'profit', 'sales', 'quarter', 'quarterly', 'billion', 'million', 'customers',
  'employees', 'layoffs', 'hired', 'lawsuit', 'sued', 'sues', 'regulators', 'antitrust', 'launched', 'launches',
  'headquarters', 'subsidiary', 'supplier', 'suppliers', 'vendor', 'products', 'devices', 'chips', 'stores',
]);
