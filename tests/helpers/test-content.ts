/** The content folder the suite reads (KB_CONTENT, set in vitest.config.ts): tests that edit content copy it from here. */
import { contentConfig } from '../../scripts/lib/content-config';

export const TEST_CONTENT = contentConfig().root;
