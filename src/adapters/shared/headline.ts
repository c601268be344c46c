// "Head of Data Partnerships at Northwind Analytics" → title + company. Only the first segment of a
// "|"-separated headline is read ("VP Sales at Contoso | Speaker | Dad" → VP Sales, Contoso).
import { cleanText } from './text';

export function splitHeadline(headline: string): { title: string; company: string } | null {
  const first = cleanText(headline).split(/\s+[|•·]\s+/)[0] ?? '';
  const match = /^(.{2,120}?)\s+(?:at|@|chez|bei|bij)\s+(.{2,120})$/i.exec(first);
  if (!match) return null;
  const title = cleanText(match[1]);
  const company = cleanText(match[2]).replace(/[.,;]+$/, '');
  if (!title || !company || /\b(at|@)\b/i.test(company)) return null;
  return { title, company };
}
