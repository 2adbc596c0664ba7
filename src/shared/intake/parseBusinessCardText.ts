import { type CountryCode, findPhoneNumbersInText } from 'libphonenumber-js';
import type { LeadDraftInput } from '../domain/leadDraft.ts';
import { joinNoteLines } from './badgeTypes.ts';
import { splitFullName } from './splitFullName.ts';

/** What a business card offers; every field is a proposal the rep confirms before saving. */
export type BusinessCardFields = {
  firstName: string;
  lastName: string;
  company: string;
  title: string;
  email: string;
  phone: string;
  address: string;
  website: string;
};

export type BusinessCardReading = {
  fields: BusinessCardFields;
  /** Lines no field took, so the rep can still copy from them. */
  otherLines: string[];
};

const han = '\\p{Script=Han}';
// OCR puts spaces between CJK characters ("上 海 星 辰"); a card never means them.
const spaceBetweenHan = new RegExp(`(?<=[${han}])\\s+(?=[${han}])`, 'gu');
const spaceAfterHanBeforeDigit = new RegExp(
  `(?<=[${han}])\\s+(?=\\d)|(?<=\\d)\\s+(?=[${han}])`,
  'gu',
);

const companySuffixes =
  /(有限责任公司|股份有限公司|有限公司|集团|公司|研究院|事务所|工作室|\b(?:Co\.?,?\s*Ltd|Ltd|Limited|Inc|Incorporated|Corp|Corporation|LLC|LLP|GmbH|AG|S\.?A|S\.?A\.?S|B\.?V|Pty|PLC|K\.?K|Group|Holdings|Technologies|Technology)\b\.?)\s*$/iu;
const titleWords =
  /(总监|经理|总裁|主任|主管|工程师|董事|总经理|副总|秘书|顾问|销售|采购|代表|专员|负责人|创始人|合伙人|\b(?:CEO|CTO|CFO|COO|CMO|VP|Vice President|President|Director|Manager|Head|Chief|Engineer|Officer|Founder|Partner|Consultant|Specialist|Representative|Sales|Procurement|Purchasing|Buyer|Lead|Owner|Executive|Coordinator|Architect|Analyst)\b)/iu;
const addressWords =
  /(省|市|区|县|路|街|号|大道|大厦|楼|室|弄|巷|\b(?:Road|Rd|Street|St|Avenue|Ave|Boulevard|Blvd|Lane|Ln|Drive|Dr|Suite|Floor|Fl|Building|Bldg|Park|District|Plaza|Way)\b\.?)/iu;
const labelPrefix =
  /^(?:地址|地點|地点|电话|電話|手机|手機|传真|傳真|邮箱|郵箱|电邮|网址|網址|Tel|Phone|Mobile|Mob|Cell|Fax|E-?mail|Web|Website|Address|Addr|M|T|F|E|W)\s*[:：.]?\s*/iu;
const emailPattern = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/u;
const websitePattern = /\b(?:https?:\/\/)?(?:www\.)[\w.-]+\.[a-z]{2,}(?:\/\S*)?/iu;
const personName =
  /^(?:[\p{Script=Han}·]{2,4}|[\p{Lu}][\p{L}'-]+(?:\s+[\p{Lu}][\p{L}.'-]*){1,3})$/u;

/** Cleans one OCR line: trims, joins CJK characters OCR spaced apart, folds full-width colons. */
export function cleanOcrLine(line: string): string {
  return line
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(spaceBetweenHan, '')
    .replace(spaceAfterHanBeforeDigit, '')
    .replace(/\s*([:：])\s*/gu, '$1');
}

// OCR often reads the ring of "@" as a stray capital just before it ("jane.doeQ@"); a lower-case
// local part never ends in one capital, so drop it.
function fixOcrEmail(email: string): string {
  return email.replace(/^([a-z0-9._%+-]*[a-z0-9])[A-Z]@/u, '$1@');
}

function findEmail(line: string): string | undefined {
  const match = line.replace(/\s*@\s*/gu, '@').match(emailPattern);
  return match ? fixOcrEmail(match[0]).replace(/\.$/u, '') : undefined;
}

type PhoneFound = { formatted: string; mobile: boolean };

function findPhone(line: string, defaultCountry: CountryCode): PhoneFound | undefined {
  // The default metadata has no number types: a mobile is told by its label or, in China, by
  // its 1xx prefix.
  const labelledMobile = /^(?:手机|手機|Mobile|Mob|Cell|M)\s*[:：]/iu.test(line);
  const found = findPhoneNumbersInText(line, defaultCountry).map(({ number }) => ({
    formatted: number.formatInternational(),
    mobile:
      labelledMobile ||
      (number.countryCallingCode === '86' && /^1[3-9]\d{9}$/u.test(number.nationalNumber)),
  }));
  return found.find((phone) => phone.mobile) ?? found[0];
}

function withoutLabel(line: string): string {
  return line.replace(labelPrefix, '').trim();
}

type Taken = Set<number>;

function takeFirst(
  lines: readonly string[],
  taken: Taken,
  test: (line: string) => boolean,
): string | undefined {
  const index = lines.findIndex((line, i) => !taken.has(i) && test(line));
  if (index < 0) return undefined;
  taken.add(index);
  return lines[index];
}

/**
 * Turns the lines OCR read off a business card into proposed lead fields: email and phone by
 * pattern (libphonenumber-js, mobile numbers preferred), the company by its legal suffix
 * (有限公司, Ltd, Inc …), the title by job words, the address by street words, and the name as
 * the remaining line that looks like a person's name (Chinese names family name first).
 */
export function parseBusinessCardText({
  lines,
  defaultCountry = 'CN',
}: {
  lines: readonly string[];
  defaultCountry?: CountryCode;
}): BusinessCardReading {
  const cleaned = lines.map(cleanOcrLine).filter((line) => line !== '');
  const taken: Taken = new Set();
  const fields: BusinessCardFields = {
    firstName: '',
    lastName: '',
    company: '',
    title: '',
    email: '',
    phone: '',
    address: '',
    website: '',
  };

  const phones: PhoneFound[] = [];
  cleaned.forEach((line, index) => {
    const email = findEmail(line);
    if (email && fields.email === '') {
      fields.email = email;
      taken.add(index);
      return;
    }
    const website = line.match(websitePattern)?.[0];
    if (website && !email && fields.website === '') {
      fields.website = website;
      taken.add(index);
      return;
    }
    // Lines of digits and phone labels; an address line with a house number is not a phone.
    if (!addressWords.test(line) || /^(?:电话|手机|Tel|Phone|Mobile|M|T)\s*[:：]/iu.test(line)) {
      const phone = findPhone(line, defaultCountry);
      if (phone) {
        phones.push(phone);
        taken.add(index);
      }
    }
  });
  // A card with an office and a mobile number: the mobile reaches the person.
  fields.phone = (phones.find((phone) => phone.mobile) ?? phones[0])?.formatted ?? '';

  const company = takeFirst(cleaned, taken, (line) => companySuffixes.test(withoutLabel(line)));
  if (company) fields.company = withoutLabel(company);
  const address = takeFirst(
    cleaned,
    taken,
    (line) =>
      /^(?:地址|Address|Addr)\s*[:：]/iu.test(line) ||
      (addressWords.test(line) && /\d/u.test(line)),
  );
  if (address) fields.address = withoutLabel(address);
  const name = takeFirst(cleaned, taken, (line) => personName.test(line) && !titleWords.test(line));
  if (name) Object.assign(fields, splitFullName(name));
  const title = takeFirst(cleaned, taken, (line) => titleWords.test(line));
  if (title) fields.title = withoutLabel(title);

  return { fields, otherLines: cleaned.filter((_line, index) => !taken.has(index)) };
}

/** The lead draft a confirmed card gives: the address and website go into the notes (leads keep no address). */
export function businessCardToDraft(fields: BusinessCardFields): LeadDraftInput {
  return {
    firstName: fields.firstName,
    lastName: fields.lastName,
    company: fields.company,
    title: fields.title,
    email: fields.email,
    phone: fields.phone,
    notes: joinNoteLines([fields.address, fields.website]),
  };
}
