/**
 * Loading a user's profile: a mistake is refused with an error that names the key, the way the
 * user wrote it, rather than loading a profile that silently does something else.
 */
import { describe, expect, it } from 'vitest';
import { getBuiltinProfile, parseProfileText, ProfileError } from '../../shared/profiles';

const HEAD = ['extends: id', 'id: desk', 'name: Desk'];

/** The error a YAML profile (the given lines after a valid head) is refused with. */
function refusal(lines: string[], head = HEAD): string {
  try {
    parseProfileText([...head, ...lines].join('\n'), 'desk.yaml');
  } catch (e) {
    expect(e).toBeInstanceOf(ProfileError);
    return (e as Error).message;
  }
  throw new Error('the profile was accepted');
}

describe('an invalid profile is refused, naming the bad key', () => {
  it('a misspelt key, at the top and nested', () => {
    expect(refusal(['rostr: []'])).toBe('desk.yaml: unknown key rostr');
    expect(refusal(['thresholds:', '  headlineMaxLenght: 40'])).toBe(
      'desk.yaml: unknown key thresholds.headlineMaxLenght',
    );
  });

  it('a threshold of the wrong type or out of range', () => {
    expect(refusal(['thresholds:', '  headlineMaxLength: forty'])).toBe(
      'desk.yaml: thresholds.headlineMaxLength: Invalid input: expected number, received string',
    );
    expect(refusal(['thresholds:', '  maxRelated: -1'])).toBe(
      'desk.yaml: thresholds.maxRelated: Too small: expected number to be >=0',
    );
  });

  it('a rule setting that is not off or a severity, with the value given', () => {
    expect(refusal(['rules:', '  text/double-space: loud'])).toBe(
      'desk.yaml: rules.text/double-space: expected "off", "error", "warning" or "info", not "loud"',
    );
    // YAML reads a bare off as the string "off", and `false` as a boolean.
    expect(refusal(['rules:', '  text/double-space: false'])).toBe(
      'desk.yaml: rules.text/double-space: expected "off", "error", "warning" or "info", not false',
    );
  });

  it('a time zone the runtime does not know, as the profile zone or a zone name', () => {
    expect(refusal(['timeZone: Asia/Jakrta'])).toBe(
      'desk.yaml: timeZone: not a known time zone: "Asia/Jakrta" (an IANA name such as "Asia/Jakarta", or "UTC", "UTC+7")',
    );
    expect(refusal(['conventions:', '  zoneNames:', '    WIB: Western/Indonesia'])).toBe(
      'desk.yaml: conventions.zoneNames.WIB: not a known time zone: "Western/Indonesia" (an IANA name such as "Asia/Jakarta", or "UTC", "UTC+7")',
    );
  });

  it('the machine\'s own zone ("local", "system", "default"), which differs from desk to desk', () => {
    // Luxon reads these three, in any case, as the zone the process runs in.
    for (const name of ['local', 'System', 'DEFAULT']) {
      expect(refusal([`timeZone: ${name}`])).toBe(
        `desk.yaml: timeZone: "${name}" is the zone of whichever computer runs it, not a fixed time zone; name the zone (an IANA name such as "Asia/Jakarta", or "UTC", "UTC+7")`,
      );
    }
    expect(refusal(['conventions:', '  zoneNames:', '    WIB: local'])).toBe(
      'desk.yaml: conventions.zoneNames.WIB: "local" is the zone of whichever computer runs it, not a fixed time zone; name the zone (an IANA name such as "Asia/Jakarta", or "UTC", "UTC+7")',
    );
  });

  it('a fixed offset beyond ±14:00 or with 60 minutes or more, which no xs:dateTime can carry', () => {
    const range = '(a fixed offset lies between "UTC-14" and "UTC+14", minutes below 60)';
    expect(refusal(['timeZone: UTC+25'])).toBe(
      `desk.yaml: timeZone: time zone offset out of range: "UTC+25" ${range}`,
    );
    expect(refusal(['timeZone: UTC-14:30'])).toBe(
      `desk.yaml: timeZone: time zone offset out of range: "UTC-14:30" ${range}`,
    );
    expect(refusal(['timeZone: UTC+14:01'])).toBe(
      `desk.yaml: timeZone: time zone offset out of range: "UTC+14:01" ${range}`,
    );
    // Luxon would read this as +6:39.
    expect(refusal(['timeZone: UTC+5:99'])).toBe(
      `desk.yaml: timeZone: time zone offset out of range: "UTC+5:99" ${range}`,
    );
    expect(refusal(['conventions:', '  zoneNames:', '    XYZ: UTC-15'])).toBe(
      `desk.yaml: conventions.zoneNames.XYZ: time zone offset out of range: "UTC-15" ${range}`,
    );
  });

  it('required keys missing from a profile that extends nothing', () => {
    expect(refusal([], ['id: desk', 'name: Desk'])).toBe(
      'desk.yaml: language: missing (required); timeZone: missing (required)',
    );
  });

  it('a roster entry without a name, and a domain list given as one string', () => {
    expect(refusal(['roster:', '  - nme: Sari Wulandari'])).toBe(
      'desk.yaml: roster.0.name: missing (required); unknown key roster.0.nme',
    );
    expect(refusal(['allowedLinkDomains: medcom.id'])).toBe(
      'desk.yaml: allowedLinkDomains: Invalid input: expected array, received string',
    );
  });

  it('an unknown base, text that is not JSON or YAML, and a list instead of a profile', () => {
    expect(refusal(['extends: fr'], ['id: desk', 'name: Desk'])).toBe(
      'desk.yaml: extends: no built-in profile "fr" (known: id, en).',
    );
    expect(() => parseProfileText('{ "id": ', 'desk.json')).toThrow(
      /^desk\.json: not valid JSON or YAML \(/,
    );
    expect(() => parseProfileText('- id\n- en\n', 'desk.yaml')).toThrow(
      'desk.yaml: a profile must be an object with keys such as id, name, language.',
    );
  });
});

describe('a valid profile', () => {
  it('keeps what it does not set from the profile it extends', () => {
    const p = parseProfileText(
      [
        ...HEAD,
        'timeZone: Asia/Makassar',
        'rules:',
        '  text/double-space: "off"',
        'conventions:',
        '  zoneNames: { WITA: Asia/Makassar }',
        'roster:',
        '  - { name: Sari Wulandari, roles: [writer] }',
      ].join('\n'),
      'desk.yaml',
    );
    const base = getBuiltinProfile('id');
    expect(p.timeZone).toBe('Asia/Makassar');
    expect(p.rules).toEqual({ ...base.rules, 'text/double-space': 'off' });
    expect(p.conventions.zoneNames).toEqual({ WITA: 'Asia/Makassar' });
    expect(p.conventions.relatedLabels).toEqual(base.conventions.relatedLabels);
    expect(p.roster).toEqual([{ name: 'Sari Wulandari', roles: ['writer'] }]);
    expect(p.thresholds).toEqual(base.thresholds);
  });

  it('the built-in profiles load, with zones the runtime knows', () => {
    expect(getBuiltinProfile('id').timeZone).toBe('Asia/Jakarta');
    expect(getBuiltinProfile('en').timeZone).toBe('UTC');
    // Fixed offsets, as the English profile maps "EST" to "UTC-5".
    expect(getBuiltinProfile('en').conventions.zoneNames.EST).toBe('UTC-5');
  });

  it('takes the widest real offsets and half-hour ones', () => {
    for (const zone of ['UTC+14', 'UTC-14', 'UTC+14:00', 'UTC+5:30', 'UTC-9:30', 'Etc/GMT-14']) {
      const p = parseProfileText([...HEAD, `timeZone: "${zone}"`].join('\n'), 'desk.yaml');
      expect(p.timeZone).toBe(zone);
    }
  });
});
