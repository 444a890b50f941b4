// Deterministic synthetic press-style documents for `npm run bench`.
// Everything comes from a seeded PRNG (never Math.random): document i is made by
// its own generator seeded from (SEED, i), so a smaller archive is exactly the
// prefix of a larger one and any document can be regenerated on its own.
// Bump CORPUS_VERSION whenever a template or word list changes: the cached
// archive's file name carries it, so a stale archive is never reused.

export const CORPUS_VERSION = 1;
const SEED = 0x5eed_f1e7;

// ---------------------------------------------------------------- PRNG

/** sfc32: small, fast, good enough for text; state from splitmix32. */
export function rng(seed) {
  let s = seed >>> 0;
  const split = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split(), b = split(), c = split(), d = split();
  const next = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  const r = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (xs) => xs[Math.floor(next() * xs.length)],
    chance: (p) => next() < p,
    /** Small numbers are far more common than large ones in press texts. */
    count: () => {
      const u = next();
      if (u < 0.55) return 1 + Math.floor(next() * 12);
      if (u < 0.85) return 13 + Math.floor(next() * 88);
      if (u < 0.97) return 100 + Math.floor(next() * 900);
      return 1000 + Math.floor(next() * 99000);
    },
  };
  return r;
}

// ---------------------------------------------------------------- places

const NL_PLACES = [
  "Amsterdam", "Rotterdam", "Den Haag", "Utrecht", "Eindhoven", "Tilburg", "Groningen", "Almere", "Breda", "Nijmegen",
  "Apeldoorn", "Haarlem", "Arnhem", "Enschede", "Amersfoort", "Zaandam", "Zwolle", "Leiden", "Maastricht", "Dordrecht",
  "Zoetermeer", "Emmen", "Venlo", "Deventer", "Delft", "Helmond", "Hilversum", "Heerlen", "Oss", "Alkmaar",
  "Schiedam", "Vlaardingen", "Gouda", "Roosendaal", "Bergen op Zoom", "Kerkrade", "Sittard", "Roermond", "Weert", "Lelystad",
  "Purmerend", "Hoorn", "Den Helder", "Leeuwarden", "Assen", "Hengelo", "Almelo", "Spijkenisse", "Capelle aan den IJssel", "Terneuzen",
  "Vlissingen", "Middelburg", "Goes", "Tiel", "Ede", "Veenendaal", "Harderwijk", "Kampen", "Meppel", "Hoogeveen",
];
const BE_PLACES = [
  "Antwerpen", "Gent", "Brugge", "Leuven", "Mechelen", "Aalst", "Hasselt", "Kortrijk", "Oostende", "Genk",
  "Sint-Niklaas", "Turnhout", "Roeselare", "Lier", "Lokeren", "Mol", "Geel", "Tongeren", "Ieper", "Vilvoorde",
];
const UK_PLACES = [
  "London", "Manchester", "Birmingham", "Leeds", "Liverpool", "Bradford", "Sheffield", "Bristol", "Newcastle", "Nottingham",
  "Leicester", "Coventry", "Hull", "Stoke-on-Trent", "Wolverhampton", "Derby", "Southampton", "Portsmouth", "Plymouth", "Reading",
  "Luton", "Bolton", "Preston", "Blackburn", "Oldham", "Rochdale", "Huddersfield", "Wakefield", "Doncaster", "Rotherham",
  "Barnsley", "Sunderland", "Middlesbrough", "Keighley", "Halifax", "Swindon", "Norwich", "Ipswich", "Cambridge", "Oxford",
  "Glasgow", "Edinburgh", "Aberdeen", "Dundee", "Cardiff", "Swansea", "Newport", "Belfast", "Exeter", "Carlisle",
];
const UK_STREETS = ["High Street", "Station Road", "Church Lane", "Manningham Lane", "Victoria Road", "Park Avenue", "Mill Lane", "King Street", "Queensway", "London Road"];
const NL_STREETS = ["Dorpsstraat", "Kerkstraat", "Stationsweg", "Molenweg", "Schoolstraat", "Hoofdstraat", "Beatrixlaan", "Julianastraat", "Industrieweg", "Havenweg"];

// ---------------------------------------------------------------- Dutch

const NL = {
  months: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
  weekdays: ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
  units: ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien"],
  tens: ["", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"],
  vague: ["tientallen", "honderden", "enkele", "meerdere", "verschillende", "een tiental", "een dozijn", "een handvol", "talloze", "duizenden"],
  modifiers: ["ongeveer", "ruim", "bijna", "zeker", "minstens", "meer dan", "zo'n", "circa", "in totaal", "nog eens", "minder dan", "tot wel"],
  relDates: ["gisteren", "vandaag", "vanochtend", "gisteravond", "eergisteren", "vorige week", "afgelopen weekend", "vorige maand", "dinsdagochtend", "in de nacht van zaterdag op zondag", "afgelopen vrijdag", "vorig jaar", "eerder deze week", "woensdagmiddag"],
  persons: [["persoon", "mensen"], ["verdachte", "verdachten"], ["persoon", "personen"], ["man", "mannen"], ["jongere", "jongeren"], ["minderjarige", "minderjarigen"], ["vrouw", "vrouwen"]],
  premises: [["woning", "woningen"], ["pand", "panden"], ["bedrijfspand", "bedrijfspanden"], ["loods", "loodsen"], ["garagebox", "garageboxen"], ["opslagruimte", "opslagruimtes"], ["adres", "adressen"]],
  weapons: [["vuurwapen", "vuurwapens"], ["pistool", "pistolen"], ["mes", "messen"], ["machete", "machetes"], ["automatisch wapen", "automatische wapens"], ["handgranaat", "handgranaten"], ["nepvuurwapen", "nepvuurwapens"], ["boksbeugel", "boksbeugels"]],
  drugs: ["cocaïne", "heroïne", "hasj", "wiet", "xtc-pillen", "amfetamine", "crystal meth", "ketamine", "MDMA", "hennep"],
  units_mass: ["kilo", "kilogram", "gram", "ton"],
  sources: ["meldt de politie", "zegt het Openbaar Ministerie", "aldus een woordvoerder van de politie", "laat het OM weten", "schrijft de politie in een persbericht", "bevestigt een politiewoordvoerder", "meldt de FIOD", "zegt de officier van justitie", "laat de Koninklijke Marechaussee weten", "meldt het Landelijk Parket", "schrijft de Belgische federale politie"],
  orgs: ["De politie", "Het Openbaar Ministerie", "De FIOD", "De Koninklijke Marechaussee", "De recherche", "Het arrestatieteam", "De federale politie", "De douane", "De regionale eenheid", "Het Landelijk Parket"],
  operations: ["Argus", "Lemont", "Eris", "Tulp", "Storm", "Orion", "Delta", "Noordster", "Zeemeeuw", "Kraai", "Veenbes", "Mercurius"],
  apps: ["Sky ECC", "EncroChat", "Ennetcom", "ANOM", "IronChat", "PGP-SAFE", "Exclu"],
};

function nlNumberWord(r, n) {
  if (n < 20) return NL.units[n];
  if (n < 100) {
    const t = Math.floor(n / 10), u = n % 10;
    if (u === 0) return NL.tens[t];
    const unit = u === 1 ? "een" : NL.units[u];
    const join = /[ae]$/.test(unit) ? "ën" : "en";
    return unit + join + NL.tens[t];
  }
  if (n < 1000) {
    const h = Math.floor(n / 100), rest = n % 100;
    return (h === 1 ? "honderd" : NL.units[h] + "honderd") + (rest ? nlNumberWord(r, rest) : "");
  }
  const k = Math.floor(n / 1000), rest = n % 1000;
  return (k === 1 ? "duizend" : nlNumberWord(r, k) + "duizend") + (rest ? " " + nlNumberWord(r, rest) : "");
}

function groupDigits(n, sep) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** A Dutch count phrase: digits, words or a vague word, sometimes with a modifier. { t, pl } */
function nlCount(r, n = r.count()) {
  const u = r.next();
  let t;
  if (u < 0.5) t = n >= 1000 && r.chance(0.7) ? groupDigits(n, ".") : String(n);
  else if (u < 0.85 && n < 100) t = nlNumberWord(r, n);
  else if (u < 0.92) return { t: r.pick(NL.vague), pl: true };
  else t = String(n);
  if (r.chance(0.25)) t = `${r.pick(NL.modifiers)} ${t}`;
  return { t, pl: n !== 1 };
}
/** "<count> <noun>" with the noun in the right number. */
const nlNoun = (r, nouns, c = nlCount(r)) => ({ t: `${c.t} ${r.pick(nouns)[c.pl ? 1 : 0]}`, pl: c.pl });

function nlAbsDate(r, year) {
  const d = r.int(1, 28), m = r.int(0, 11);
  switch (r.int(0, 4)) {
    case 0: return `op ${d} ${NL.months[m]}`;
    case 1: return `op ${d} ${NL.months[m]} ${year}`;
    case 2: return `op ${r.pick(NL.weekdays)} ${d} ${NL.months[m]}`;
    case 3: return `op ${String(d).padStart(2, "0")}-${String(m + 1).padStart(2, "0")}-${year}`;
    default: return `in ${NL.months[m]}`;
  }
}
const nlWhen = (r, year) => (r.chance(0.6) ? r.pick(NL.relDates) : nlAbsDate(r, year));

function nlFactSentence(r, ctx) {
  const { year, places } = ctx;
  const when = nlWhen(r, year);
  const src = r.chance(0.4) ? `, ${r.pick(NL.sources)}` : "";
  const where = r.chance(0.7) ? ` in ${r.pick(places)}` : "";
  const who = nlNoun(r, NL.persons);
  const what = nlNoun(r, NL.premises);
  const arms = nlNoun(r, NL.weapons);
  const zijn = (x) => (x.pl ? "zijn" : "is");
  const werden = (x) => (x.pl ? "werden" : "werd");
  switch (r.int(0, 12)) {
    case 0: return `${r.pick(NL.orgs)} heeft ${when}${where} ${who.t} aangehouden${src}.`;
    case 1: return `Bij de actie${where} ${zijn(who)} ${who.t} gearresteerd${src}.`;
    case 2: return `${cap(who.t)} ${werden(who)} ${when} opgepakt${where}${src}.`;
    case 3: return `Er ${zijn(what)} ${when} ${what.t} doorzocht${where}${src}.`;
    case 4: return `De recherche deed ${nlCount(r).t} huiszoekingen${where} en nam daarbij ${arms.t} in beslag${src}.`;
    case 5: return `In de woning${where} ${werden(arms)} ${arms.t} aangetroffen${src}.`;
    case 6: {
      const amount = r.chance(0.6) ? `${r.int(1, 999)}${r.chance(0.3) ? "," + r.int(1, 9) : ""}` : nlCount(r).t;
      return `Ook werd ${amount} ${r.pick(NL.units_mass)} ${r.pick(NL.drugs)} in beslag genomen${src}.`;
    }
    case 7: {
      const money = r.chance(0.5) ? `€ ${groupDigits(r.int(500, 2_000_000), ".")}` : `${r.pick(["ruim ", "bijna ", "", ""])}${r.int(2, 900)}.000 euro`;
      return `Daarnaast vond de politie ${money} aan contant geld${src}.`;
    }
    case 8: return `Via ${r.pick(NL.apps)} werden ${r.chance(0.5) ? groupDigits(r.int(1000, 90_000_000), ".") : `${r.int(2, 900)} miljoen`} berichten onderschept${src}.`;
    case 9: return `Tijdens operatie ${r.pick(NL.operations)} ${werden(who)} ${when} ${who.t} aangehouden en ${what.t} doorzocht${src}.`;
    case 10: return `Een ${r.int(17, 68)}-jarige man uit ${r.pick(places)} is ${when} aangehouden op verdenking van drugshandel${src}.`;
    case 11: return `Volgens ${r.pick(["de politie", "het OM", "justitie"])} ${werden(who)} ${when}${where} ${who.t} aangehouden, onder wie ${r.pick(["twee", "drie", "enkele"])} minderjarigen.`;
    default: return `In totaal ${zijn(who)} nu ${who.t} aangehouden in het onderzoek, dat ${r.pick(["vorig jaar", "in " + (year - 1), "twee jaar geleden", "in " + NL.months[r.int(0, 11)]])} begon${src}.`;
  }
}

const NL_BACKGROUND = [
  "Het onderzoek is nog in volle gang en verdere aanhoudingen worden niet uitgesloten.",
  "De verdachten worden voorgeleid aan de rechter-commissaris.",
  "Wie meer weet, kan contact opnemen met de politie via 0900-8844 of anoniem via Meld Misdaad Anoniem, 0800-7000.",
  "De politie doet geen verdere mededelingen in het belang van het onderzoek.",
  "Het onderzoek richt zich op een criminele organisatie die zich bezighoudt met de invoer van cocaïne via de haven.",
  "De aanhoudingen volgen op een maandenlang onderzoek van de regionale recherche.",
  "Buurtbewoners hadden eerder melding gemaakt van verdachte situaties rond het pand.",
  "Het pand is op last van de burgemeester voor drie maanden gesloten.",
  "De verdachten zitten vast en worden verhoord.",
  "Volgens het OM ging het om een goed georganiseerde groep.",
  "De zaak komt later dit jaar voor de rechter.",
  "Het onderzoek werd uitgevoerd in samenwerking met Europol en Eurojust.",
];
const NL_NOISE = [
  () => "Het weer was die dag slecht, met windkracht 7 en veel regen.",
  (r) => `De wedstrijd eindigde in ${r.int(0, 5)}-${r.int(0, 5)}.`,
  (r) => `Het pand aan de ${r.pick(NL_STREETS)} ${r.int(1, 240)} staat al ${r.int(2, 30)} jaar leeg.`,
  (r) => `De gemeente investeert ${r.int(2, 40)} procent meer in veiligheid dan in ${r.int(2010, 2020)}.`,
  (r) => `Om ${r.int(6, 23)}.${String(r.int(0, 59)).padStart(2, "0")} uur werd de weg weer vrijgegeven.`,
  (r) => `De ${r.int(18, 80)}-jarige eigenaar wilde niet reageren.`,
  (r) => `Lees ook: ${r.pick(["Twee aanhoudingen na schietpartij", "Drugslab ontdekt in schuur", "Politie zoekt getuigen van overval", "Explosie bij woning"])} (${r.int(1, 28)} ${r.pick(NL.months)}).`,
  (r) => `Tussen ${r.int(1, 10)} en ${r.int(11, 20)} ${r.pick(NL.months)} is de ${r.pick(NL_STREETS)} afgesloten voor verkeer.`,
  (r) => `Bel ${r.chance(0.5) ? "112" : "0900-8844"} bij spoed; het zaaknummer is ${r.int(2015, 2024)}${r.int(100000, 999999)}.`,
];

function nlDoc(r, ctx) {
  const place = r.pick(ctx.places);
  const head = r.pick([
    `Politie pakt verdachten op in ${place}`, `OM: grote drugsvangst in ${place}`, `Inval in ${place} na maandenlang onderzoek`,
    `Arrestaties na schietpartij in ${place}`, `Wapens en drugs gevonden bij huiszoekingen in ${place}`, `${place}: verdachten aangehouden (update)`,
  ]);
  const dateline = r.chance(0.25) ? `${r.pick(ctx.places).toUpperCase()}, ${ctx.day} ${NL.months[ctx.month - 1]} ${ctx.year} - ` : "";
  return { parts: [head], para: [dateline + nlFactSentence(r, ctx)], fact: () => nlFactSentence(r, ctx), background: () => r.pick(NL_BACKGROUND), noise: () => r.pick(NL_NOISE)(r) };
}

// ---------------------------------------------------------------- English

const EN = {
  months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  weekdays: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
  units: ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"],
  tens: ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"],
  vague: ["dozens of", "hundreds of", "several", "a number of", "a handful of", "scores of", "thousands of", "a dozen"],
  modifiers: ["about", "around", "at least", "nearly", "more than", "almost", "up to", "a total of", "over", "fewer than", "some"],
  relDates: ["yesterday", "today", "this morning", "last night", "on Tuesday", "last week", "over the weekend", "last month", "earlier this week", "on Friday evening", "in the early hours of Sunday", "last year"],
  persons: [["person", "people"], ["suspect", "suspects"], ["man", "men"], ["teenager", "teenagers"], ["woman", "women"], ["individual", "individuals"]],
  premises: [["address", "addresses"], ["property", "properties"], ["home", "homes"], ["warehouse", "warehouses"], ["business premises", "business premises"], ["garage", "garages"]],
  weapons: [["firearm", "firearms"], ["handgun", "handguns"], ["knife", "knives"], ["machete", "machetes"], ["zombie knife", "zombie knives"], ["shotgun", "shotguns"], ["imitation firearm", "imitation firearms"], ["knuckleduster", "knuckledusters"]],
  drugs: ["cocaine", "heroin", "cannabis", "crack cocaine", "ecstasy tablets", "amphetamine", "ketamine", "MDMA", "spice"],
  units_mass: ["kilos", "kilograms", "grams", "tonnes"],
  sources: ["police said", "a spokesperson for the force said", "the Crown Prosecution Service said", "the National Crime Agency said", "Detective Inspector Jane Walker said", "officers said in a statement", "Europol said", "according to the Metropolitan Police"],
  orgs: ["Police", "Officers from West Yorkshire Police", "The National Crime Agency", "Detectives", "Officers from the Metropolitan Police", "Greater Manchester Police", "Police Scotland", "Merseyside Police"],
  operations: ["Venetic", "Trident", "Orochi", "Viper", "Kraken", "Eagle", "Sceptre", "Pandora"],
  apps: ["EncroChat", "Sky ECC", "ANOM", "Ghost", "Exclu"],
};

function enNumberWord(n) {
  if (n < 20) return EN.units[n];
  if (n < 100) return EN.tens[Math.floor(n / 10)] + (n % 10 ? "-" + EN.units[n % 10] : "");
  if (n < 1000) return `${EN.units[Math.floor(n / 100)]} hundred${n % 100 ? " and " + enNumberWord(n % 100) : ""}`;
  return `${enNumberWord(Math.floor(n / 1000))} thousand${n % 1000 ? " " + enNumberWord(n % 1000) : ""}`;
}
function enCount(r, n = r.count()) {
  const u = r.next();
  let t;
  if (u < 0.5) t = n >= 1000 ? groupDigits(n, ",") : String(n);
  else if (u < 0.85 && n < 1000) t = enNumberWord(n);
  else if (u < 0.93) return { t: r.pick(EN.vague), pl: true };
  else t = String(n);
  if (r.chance(0.25)) t = `${r.pick(EN.modifiers)} ${t}`;
  return { t, pl: n !== 1 };
}
const enNoun = (r, nouns, c = enCount(r)) => ({ t: `${c.t} ${r.pick(nouns)[c.pl ? 1 : 0]}`, pl: c.pl });

function enAbsDate(r, year) {
  const d = r.int(1, 28), m = r.int(0, 11);
  switch (r.int(0, 4)) {
    case 0: return `on ${d} ${EN.months[m]}`;
    case 1: return `on ${d} ${EN.months[m]} ${year}`;
    case 2: return `on ${EN.months[m]} ${d}, ${year}`;
    case 3: return `on ${String(d).padStart(2, "0")}/${String(m + 1).padStart(2, "0")}/${year}`;
    default: return `in ${EN.months[m]}`;
  }
}
const enWhen = (r, year) => (r.chance(0.6) ? r.pick(EN.relDates) : enAbsDate(r, year));

function enFactSentence(r, ctx) {
  const { year, places } = ctx;
  const when = enWhen(r, year);
  const src = r.chance(0.4) ? `, ${r.pick(EN.sources)}` : "";
  const where = r.chance(0.7) ? ` in ${r.pick(places)}` : "";
  const who = enNoun(r, EN.persons);
  const what = enNoun(r, EN.premises);
  const arms = enNoun(r, EN.weapons);
  const were = (x) => (x.pl ? "were" : "was");
  switch (r.int(0, 11)) {
    case 0: return `${r.pick(EN.orgs)} arrested ${who.t}${where} ${when}${src}.`;
    case 1: return `${cap(who.t)} ${were(who)} detained${where} ${when}${src}.`;
    case 2: return `Officers executed ${enCount(r).t} search warrants${where} and seized ${arms.t}${src}.`;
    case 3: return `${cap(what.t)} ${were(what)} searched${where} ${when}${src}.`;
    case 4: return `Officers recovered ${arms.t} at an address on ${r.pick(UK_STREETS)}${src}.`;
    case 5: return `They also found ${r.chance(0.6) ? r.int(1, 950) : enCount(r).t} ${r.pick(EN.units_mass)} of ${r.pick(EN.drugs)}${src}.`;
    case 6: return `${r.pick(["About ", "Around ", "More than ", ""])}£${groupDigits(r.int(500, 3_000_000), ",")} in cash was seized${where}${src}.`;
    case 7: return `Investigators intercepted ${r.chance(0.5) ? groupDigits(r.int(1000, 90_000_000), ",") : `${r.int(2, 900)} million`} messages sent on ${r.pick(EN.apps)}${src}.`;
    case 8: return `During Operation ${r.pick(EN.operations)}, ${who.t} ${were(who)} arrested and ${what.t} searched ${when}${src}.`;
    case 9: return `A ${r.int(17, 68)}-year-old man from ${r.pick(places)} was charged ${when} with possession with intent to supply${src}.`;
    case 10: return `${r.pick(["Police said", "The force confirmed", "A spokesperson said", "Prosecutors said"])} that ${who.t} ${were(who)} arrested${where} ${when}.`;
    default: return `In total ${who.t} ${who.pl ? "have" : "has"} now been arrested in the investigation, which began ${r.pick(["last year", "in " + (year - 1), "two years ago", "in " + EN.months[r.int(0, 11)]])}${src}.`;
  }
}
const EN_BACKGROUND = [
  "The investigation is ongoing and further arrests are expected.",
  "All suspects remain in custody and will appear before magistrates.",
  "Anyone with information is asked to call 101 or Crimestoppers anonymously on 0800 555 111.",
  "The operation targeted an organised crime group supplying drugs across the county.",
  "The arrests follow a months-long investigation into county lines drug dealing.",
  "Residents had reported suspicious activity at the address.",
  "A closure order has been granted for the property.",
  "The case will be heard at the Crown Court later this year.",
  "The operation was carried out with support from Europol and Eurojust.",
  "Those arrested have been released on bail pending further enquiries.",
];
const EN_NOISE = [
  () => "The weather was poor, with strong winds and heavy rain.",
  (r) => `The match ended ${r.int(0, 5)}-${r.int(0, 5)}.`,
  (r) => `The house at ${r.int(1, 240)} ${r.pick(UK_STREETS)} has been empty for ${r.int(2, 30)} years.`,
  (r) => `Crime in the area fell by ${r.int(2, 40)} per cent compared with ${r.int(2010, 2020)}.`,
  (r) => `The road reopened at ${r.int(1, 12)}.${String(r.int(0, 59)).padStart(2, "0")}${r.pick(["am", "pm"])}.`,
  (r) => `Please quote crime reference ${r.int(10, 99)}/${r.int(10000, 99999)}/${r.int(15, 24)} when calling.`,
  (r) => `Read more: ${r.pick(["Two arrested after shooting", "Cannabis farm found in loft", "Appeal after robbery", "Man charged over stabbing"])} (${r.int(1, 28)} ${r.pick(EN.months)}).`,
  (r) => `The ${r.int(18, 80)}-year-old owner declined to comment.`,
];

function enDoc(r, ctx) {
  const place = r.pick(ctx.places);
  const head = r.pick([
    `Police arrest suspects in ${place}`, `Raids in ${place} after months-long investigation`, `Drugs and cash seized in ${place}`,
    `Arrests after shooting in ${place}`, `County lines crackdown in ${place}`, `${place}: men charged over drugs (update)`,
  ]);
  const dateline = r.chance(0.25) ? `${r.pick(ctx.places).toUpperCase()}, ${ctx.day} ${EN.months[ctx.month - 1]} ${ctx.year} — ` : "";
  return { parts: [head], para: [dateline + enFactSentence(r, ctx)], fact: () => enFactSentence(r, ctx), background: () => r.pick(EN_BACKGROUND), noise: () => r.pick(EN_NOISE)(r) };
}


// ---------------------------------------------------------------- documents

function cap(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * Document i of the corpus: { id, published, text, lang }. 70% Dutch, 30% English;
 * 1–4 KB of text (UTF-8): a headline, then paragraphs of fact, background and noise sentences.
 */
// Characters, not bytes: a few (ë, ï, €, £, —) take more than one byte, hence the margin below 4096.
const MAX_CHARS = 3900;

export function makeDocument(i) {
  const r = rng((SEED ^ Math.imul(i + 1, 0x9e3779b1)) >>> 0);
  const lang = r.chance(0.7) ? "nl" : "en";
  const year = r.int(2015, 2024), month = r.int(1, 12), day = r.int(1, 28);
  const published = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const places = lang === "nl" ? (r.chance(0.75) ? NL_PLACES : BE_PLACES) : UK_PLACES;
  const ctx = { year, month, day, places };
  const doc = lang === "nl" ? nlDoc(r, ctx) : enDoc(r, ctx);
  const target = r.int(1000, MAX_CHARS);
  const parts = doc.parts;
  let para = doc.para;
  let size = parts[0].length + para[0].length;
  while (size < target) {
    const u = r.next();
    const s = u < 0.4 ? doc.fact() : u < 0.75 ? doc.background() : doc.noise();
    if (size + s.length > MAX_CHARS) break;
    para.push(s);
    size += s.length + 1;
    if (para.length >= r.int(2, 5)) {
      parts.push(para.join(" "));
      para = [];
      size += 2;
    }
  }
  if (para.length) parts.push(para.join(" "));
  // Some archives keep the publication date in the text as well, as press archives write it.
  const prefix = r.chance(0.15) ? ` date ${published.slice(0, r.chance(0.5) ? 7 : 10)} ` : "";
  return { id: `bench-${lang}-${String(i).padStart(7, "0")}`, published, lang, text: prefix + parts.join("\n\n") };
}
