import anyAscii from "any-ascii";

/**
 * Names arrive in many scripts and spellings ("Muhammad", "Mohammed", "محمد"; "Олександр",
 * "Oleksandr"; "Şahin", "Sahin"). Two forms are stored and searched with pg_trgm:
 * - searchName: Latin letters only, lower case, single spaces (transliterated by any-ascii);
 * - nameKey: a consonant skeleton per word that folds common transliteration variants.
 */
export function toLatin(name: string): string {
  return anyAscii(name.normalize("NFC"))
    .replace(/[^A-Za-z\s'-]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

export function searchNameOf(name: string): string {
  return toLatin(name)
    .toLowerCase()
    .replace(/['-]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const FOLDS: [RegExp, string][] = [
  [/tsch/g, "ch"],
  [/sch/g, "sh"],
  [/ph/g, "f"],
  [/ck/g, "k"],
  [/q/g, "k"],
  [/x/g, "ks"],
  [/w/g, "v"],
  [/dj/g, "j"],
  [/j/g, "y"],
  [/kh/g, "h"],
  [/gh/g, "g"],
  [/th/g, "t"],
  [/dh/g, "d"],
  [/c/g, "k"],
  [/z/g, "s"],
];

function skeleton(word: string): string {
  let w = word;
  for (const [from, to] of FOLDS) w = w.replace(from, to);
  const head = w[0] ?? "";
  const rest = w.slice(1).replace(/[aeiouy]/g, "");
  // the first letter stays (vowel or not); doubled letters collapse ("mhmmd" → "mhmd")
  return (head + rest).replace(/(.)\1+/g, "$1");
}

export function nameKeyOf(name: string): string {
  return searchNameOf(name)
    .split(" ")
    .filter(Boolean)
    .map(skeleton)
    .join(" ");
}

/** Everything stored for a person's name, from the names as typed (any script). */
export function nameFields(givenName: string, familyName: string, latin?: { given?: string; family?: string }) {
  const givenNameLatin = latin?.given?.trim() || toLatin(givenName) || givenName;
  const familyNameLatin = latin?.family?.trim() || toLatin(familyName) || familyName;
  const full = `${givenName} ${familyName} ${givenNameLatin} ${familyNameLatin}`;
  const unique = [...new Set(searchNameOf(full).split(" "))].join(" ");
  return {
    givenName: givenName.trim(),
    familyName: familyName.trim(),
    givenNameLatin,
    familyNameLatin,
    searchName: unique,
    nameKey: [...new Set(nameKeyOf(unique).split(" "))].join(" "),
  };
}
