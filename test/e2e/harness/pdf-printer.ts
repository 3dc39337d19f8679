import type { BrowserContext } from '@playwright/test';
import type { ReportPrinter } from '../../../electron/main/services/service-context';

/** How long a report page may take to load its data and fonts (2,000 certificates included). */
const READY_TIMEOUT_MS = 120_000;

export type HarnessPrinter = ReportPrinter & {
  /** Routes sent to "the system print dialog" (tests cannot click a native dialog). */
  printed: string[];
};

/**
 * The test-side ReportPrinter: opens the route in a new page of the same browser context (so it
 * talks to the same core through `window.api`), waits for the page's readiness marker and
 * prints it with Chromium's engine via `page.pdf()`. The page's own `@page` rules decide
 * size, margins and the "Seite X von Y" footer, exactly as with Electron's printToPDF.
 */
export function createPdfPrinter(origin: string, context: () => BrowserContext | undefined): HarnessPrinter {
  const printed: string[] = [];
  return {
    printed,
    async toPdf(route, { landscape }) {
      const browserContext = context();
      if (!browserContext) {
        throw new Error('The browser context is not open yet.');
      }
      const page = await browserContext.newPage();
      try {
        // Lay the page out for print from the start: Chromium then keeps one layout instead of a
        // screen one plus a print one (measured: clearly lower peak memory for 2,000 certificates).
        await page.emulateMedia({ media: 'print' });
        await page.goto(`${origin}/index.html${route}`);
        const marker = page.locator('[data-report-ready], [data-report-error]').first();
        await marker.waitFor({ state: 'attached', timeout: READY_TIMEOUT_MS });
        const failure = await page.locator('[data-report-error]').count();
        if (failure > 0) {
          throw new Error(`Report page failed: ${(await page.locator('[data-report-error]').first().getAttribute('data-report-error')) ?? ''}`);
        }
        const bytes = await page.pdf({ preferCSSPageSize: true, printBackground: true, landscape: landscape ?? false });
        return new Uint8Array(bytes);
      } finally {
        await page.close();
      }
    },
    print(route) {
      printed.push(route);
      return Promise.resolve();
    },
  };
}
