import { Badge, createTheme } from '@mantine/core';

/** A calm, dense business theme: one brand colour, the bundled Inter font, compact controls. */
export const theme = createTheme({
  primaryColor: 'teal',
  fontFamily: 'Inter, system-ui, sans-serif',
  headings: { fontFamily: 'Inter, system-ui, sans-serif', fontWeight: '600' },
  defaultRadius: 'sm',
  cursorType: 'pointer',
  components: {
    // A badge is a status word: never cut it to "VORZ…"; its cell grows to fit instead.
    Badge: Badge.extend({ styles: { root: { minWidth: 'max-content' } } }),
  },
});

/** The per-load nonce main puts in the page, so Mantine's `<style>` tags pass the CSP. */
export function readStyleNonce(doc: Document = document): string | undefined {
  const content = doc.querySelector('meta[name="csp-nonce"]')?.getAttribute('content');
  return content && !content.includes('%') ? content : undefined;
}
