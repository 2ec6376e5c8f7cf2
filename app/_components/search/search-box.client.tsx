'use client';
/** Placeholder until the search capability lands: the header's search box. */
export function SearchBox() {
  return null;
}
