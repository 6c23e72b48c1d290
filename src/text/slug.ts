/** "person:Vitali Klitschko" -> "person-vitali-klitschko": type and slug, so ids of two types never meet. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
