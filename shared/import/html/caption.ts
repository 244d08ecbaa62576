import { compilePattern, type Profile } from '../../profiles/profile';

export interface CaptionParts {
  caption: string;
  credit: string | null;
}

/**
 * Credit forms every newsroom writes, tried after the profile's own `photoCredits`: a trailing
 * "(ANTARA FOTO/Budi)" or "(@SpoxCHN_LinJian)", or a trailing "Foto: …" / "Photo: …" sentence.
 * The wire recogniser owns the profile patterns; these are only the structural fallback for
 * captions that arrive already separated from the body (figcaption, a DOCX Caption paragraph).
 */
const FALLBACK_CREDITS: readonly RegExp[] = [
  /^(?<caption>.*?)\s*\((?<credit>[^()]{2,120})\)\s*\.?$/su,
  /^(?<caption>.*?)[\s,;–—-]*\b(?:Foto|Photo|Fotografer|Photographer|Kredit|Credit)\s*:\s*(?<credit>[^:]{2,120}?)\s*\.?$/isu,
];

/** Parentheticals that describe the picture rather than credit it: "(kiri)", "(from left)". */
const POSITIONAL =
  /^(?:kiri|kanan|tengah|depan|belakang|left|right|cent(?:er|re)|front|back|top|bottom|(?:dari|from) (?:kiri|kanan|left|right)\b.*|ki-ka|ka-ki|l-r|r-l)$/iu;

/** Splits a caption into its text and a trailing credit, if the caption carries one. */
export function splitCaptionCredit(raw: string, profile: Profile): CaptionParts {
  const text = raw.replace(/\s+/g, ' ').trim();
  const patterns = [...profile.conventions.photoCredits.map(compilePattern), ...FALLBACK_CREDITS];
  for (const re of patterns) {
    const m = re.exec(text);
    const credit = m?.groups?.credit?.trim();
    if (!m || !credit || POSITIONAL.test(credit)) continue;
    const caption = (m.groups?.caption ?? text.slice(0, m.index)).trim();
    return { caption: caption.replace(/[\s–—-]+$/u, ''), credit };
  }
  return { caption: text, credit: null };
}

/**
 * The label a word processor's Insert Caption writes before the text: "Figure 1: ", "Gambar 2. ",
 * "Illustration 1: ". Mammoth drops the number when it sits in a simple field, leaving
 * "Gambar . ", so a label without a number counts when a space stands before its colon or stop.
 * "Foto"/"Photo" count only with a number: "Foto: Budi" is a credit and "Foto : …" a caption.
 */
const CAPTION_LABEL =
  /^(?:(?:Figure|Fig\.|Illustration|Drawing|Gambar|Ilustrasi|Grafik)(?:\s+\d+(?:[.-]\d+)*\s*|\s+)|(?:Foto|Photo|Image|Picture)\s+\d+(?:[.-]\d+)*\s*)[:.]\s+(?=\S)/u;

/** Splits off a caption's word-processor label, which is numbering, not copy. */
export function splitCaptionLabel(raw: string): { label: string | null; text: string } {
  const m = CAPTION_LABEL.exec(raw);
  return m ? { label: m[0].trim(), text: raw.slice(m[0].length) } : { label: null, text: raw };
}
