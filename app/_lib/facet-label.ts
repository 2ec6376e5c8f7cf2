/** Facet names in the URL (/browse/<facet>/) and their Chinese labels. */
import { FACETS, type Facet } from '@/lib/site/browse-facets';

export const isFacet = (s: string): s is Facet => FACETS.some((f) => f.key === s);
export const facetLabel = (facet: Facet): string => FACETS.find((f) => f.key === facet)!.label;
