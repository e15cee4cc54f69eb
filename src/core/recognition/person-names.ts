// First names and titles: a name right after one of these is a person ("Harrison Ford",
// "Michael Dell", "Mr Block"), not the company. Common given names in English-language business news.
export const PERSON_NAME_WORDS: ReadonlySet<string> = new Set(`
mr mrs ms miss dr sir dame lord lady prof president senator judge
aaron adam adrian alan albert alex alexander alexandr alice amanda amy andrew andy angela anna anne anthony ben benjamin
bill billy bob bobby brad bradley brian bruce carl carlos caroline catherine charles charlie chris christian christina
christine christopher claire colin craig dan daniel danny david dean debbie dennis diana diane donald doug douglas
ed eddie edward elizabeth elon emily emma eric erin evan frank fred gary george gordon grace greg gregory harrison
harry helen henry howard ian jack jackie jacob james jamie jane janet jason jeff jeffrey jennifer jenny jeremy jerry
jessica jim jimmy joe joel john johnny jon jonathan jordan joseph josh joshua julia julie justin karen kate katherine
keith kelly ken kenneth kevin kim larry laura lauren lee linda lisa louis lucy luke marc margaret maria mark martin
mary matt matthew melissa michael michelle mike nancy nathan nick nicholas nicole noah oliver olivia pat patricia
patrick paul peter phil philip rachel ralph rebecca richard rick rob robert roger ron ronald rose ruth ryan sam samuel
sandra sarah scott sean sergey sharon simon stephen steve steven stuart sue susan tim timothy tom tony travis victoria
walter will william zach
`.trim().split(/\s+/));
