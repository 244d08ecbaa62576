import type { ProfileInput } from './profile';

/** English-language wires and newsrooms: Reuters, AP, AFP house styles. */
export const englishProfile: ProfileInput = {
  id: 'en',
  name: 'English (wire and newsroom)',
  language: 'en',
  timeZone: 'UTC',
  // English outlets close a story with a "Related" list rather than links between paragraphs,
  // so more of them are normal than in Indonesian copy (the default, 3), and in a row at the end.
  thresholds: { maxRelated: 5 },
  relatedLinkLast: 'list',
  conventions: {
    relatedLabels: ['Related', 'Read more', 'Read also', 'See also', 'Also read', 'READ MORE'],
    creditLines: [
      { label: 'By', role: 'writer', bare: true },
      { label: 'Writer', role: 'writer' },
      { label: 'Reporter', role: 'writer' },
      { label: 'Reporting by', role: 'writer', bare: true },
      { label: 'Writing by', role: 'writer', bare: true },
      { label: 'Additional reporting by', role: 'contributor', bare: true },
      { label: 'Editing by', role: 'editor', bare: true },
      { label: 'Edited by', role: 'editor', bare: true },
      { label: 'Editor', role: 'editor' },
      { label: 'Photo', role: 'photographer' },
      { label: 'Photos by', role: 'photographer', bare: true },
      { label: 'Photographs by', role: 'photographer', bare: true },
      { label: 'Photographer', role: 'photographer' },
      { label: 'Translated by', role: 'translator', bare: true },
      { label: 'Translation', role: 'translator' },
      { label: 'Source', role: 'source' },
    ],
    boilerplate: [
      '^follow us on\\b',
      '^sign up for\\b',
      '^subscribe (?:to|for)\\b',
      '^(?:watch|see) (?:the )?video\\b',
      // Embedded-video promos: "WATCH: Ferries leave at dawn", "Related video: …", "Video: …".
      '^(?:watch|related video|video)\\s*:\\s',
      '^advertisement$',
      '^share this (?:article|story)',
      '^our standards:',
      '^copyright\\b',
      '^©',
      '^(?:click|tap) here\\b',
      '^(?:download|get) (?:the|our) app\\b',
      '^the associated press receives\\b',
      '^(?:listen to|watch) (?:this|the) (?:story|article|podcast)\\b',
      '^(?:read|get) (?:more|the latest) (?:news|stories|updates) (?:on|at|from)\\b',
      '^sign up here\\b',
      "^follow (?:ap|ap’s|ap's|reuters)\\b",
      '^(?:home|news)\\s*[>»/]',
      '^[-_*=~•]{3,}$',
    ],
    datelines: [
      // WASHINGTON, Oct 3 (Reuters) - / NEW DELHI/MUMBAI, Oct 3 (Reuters) -
      {
        pattern:
          "^(?<place>\\p{Lu}[\\p{Lu} ./'’-]{1,40}?(?:,\\s*\\p{Lu}[\\p{L} .'’-]{1,30}?)?),\\s*(?<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2})\\s*\\((?<source>Reuters)\\)\\s*[-–—]{1,2}\\s*",
        flags: 'u',
      },
      // KYIV, Ukraine (AP) — / Paris (AFP) -
      {
        pattern:
          "^(?<place>\\p{Lu}[\\p{L} .'’-]{1,40}?(?:,\\s*\\p{Lu}[\\p{L} .'’-]{1,30}?)?)\\s*\\((?<source>AP|Reuters|AFP|Bloomberg|UPI|ANTARA|Xinhua|Bernama|Kyodo|Yonhap)\\)\\s*[-–—]{1,2}\\s*",
        flags: 'u',
      },
      // MAKASSAR, Indonesia (Harbour Post) — : the AP form with a house outlet in the brackets.
      // Only with the city in capitals and a country after it, so an acronym and its expansion
      // opening a paragraph ("WHO (World Health Organization) — ") stays prose.
      {
        pattern:
          "^(?<place>\\p{Lu}[\\p{Lu} .'’-]{1,40}?,\\s*\\p{Lu}[\\p{L} .'’-]{1,30}?)\\s*\\((?<source>\\p{Lu}[\\p{L}\\p{N}.&'’-]*(?: \\p{Lu}[\\p{L}\\p{N}.&'’-]*){0,3})\\)\\s*[-–—]{1,2}\\s*",
        flags: 'u',
      },
      // NEW YORK — / SPRINGFIELD, Ill. —
      {
        pattern:
          '^(?<place>\\p{Lu}[\\p{Lu} .\'’-]{1,40}?(?:,\\s*\\p{Lu}[\\p{L}.]+(?:\\s\\p{Lu}[\\p{L}.]+)?)?)\\s+[-–—]{1,2}\\s+(?=\\p{Lu}|["“])',
        flags: 'u',
      },
    ],
    photoCredits: [
      '\\((?<credit>@[\\p{L}\\p{N}_.]+)\\)$',
      '\\((?<credit>(?:AP Photo|AFP|Reuters|EPA(?:-EFE)?|Xinhua|Anadolu|Getty Images|AP)(?:/[^()]+)?)\\)$',
      '\\((?<credit>[^()]*(?:Getty Images|Shutterstock|via AP|via Reuters|AFP)[^()]*)\\)$',
      '\\((?<credit>(?:Photo|Photograph|Image)(?: by)?[:\\s][^()]+)\\)$',
      "(?<credit>(?:REUTERS|AFP|AP Photo|EPA)/[\\p{L} .'’-]+)$",
      // (Jane Doe/The New York Times): a name and an outlet, never lower-case initials.
      { pattern: '\\((?<credit>(?=[^()]*\\p{Lu})[^()/]{2,40}/[^()/]{2,40})\\)$', flags: 'u' },
    ],
    captionPrefixes: ['Photo', 'Caption', 'Pictured', 'Image'],
    signOffs: [
      {
        pattern: '\\((?<names>AP|AFP|Reuters|Bloomberg|Xinhua)\\)$',
        roles: ['source'],
        where: 'either',
      },
      {
        pattern:
          '^(?:(?:The )?(?:Associated Press|AP|Reuters|AFP|Bloomberg) (?:staff )?(?:writers?|reporters?|journalists?|correspondents?|photographers?) )?(?<names>.{2,200}?) contributed(?: reporting)?(?: (?:to|for) this (?:report|story|article))?\\.?$',
        roles: ['contributor'],
        where: 'line',
      },
      {
        // AFP closes with the writer's and the editor's initials: "jm/sst".
        pattern: {
          pattern: '^(?<names>[a-z]{2,5}(?:-[a-z]{2,5})?(?:/[a-z]{2,5})+)$',
          flags: 'u',
        },
        roles: ['writer', 'editor'],
        note: 'initials as the agency writes them (writer/editor)',
        where: 'line',
      },
    ],
    zoneNames: {
      GMT: 'UTC',
      UTC: 'UTC',
      Z: 'UTC',
      ET: 'America/New_York',
      EST: 'UTC-5',
      EDT: 'UTC-4',
      CT: 'America/Chicago',
      CST: 'UTC-6',
      CDT: 'UTC-5',
      PT: 'America/Los_Angeles',
      PST: 'UTC-8',
      PDT: 'UTC-7',
      BST: 'UTC+1',
      CET: 'UTC+1',
      CEST: 'UTC+2',
      WIB: 'Asia/Jakarta',
      SGT: 'Asia/Singapore',
      HKT: 'Asia/Hong_Kong',
      JST: 'Asia/Tokyo',
      AEST: 'UTC+10',
      AEDT: 'UTC+11',
    },
    tagLabels: ['Tags', 'Topics'],
    timeWords: ['at'],
    placeWords: ['in', 'from'],
    numericDateOrder: 'mdy',
    outlets: ['Reuters', 'AP', 'Associated Press', 'AFP', 'Bloomberg', 'The Jakarta Post'],
    nameJoiners: ['and', '&'],
    months: [
      ['January', 'Jan'],
      ['February', 'Feb'],
      ['March', 'Mar'],
      ['April', 'Apr'],
      ['May'],
      ['June', 'Jun'],
      ['July', 'Jul'],
      ['August', 'Aug'],
      ['September', 'Sep', 'Sept'],
      ['October', 'Oct'],
      ['November', 'Nov'],
      ['December', 'Dec'],
    ],
  },
};
