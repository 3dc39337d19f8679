import type { Locator, Page } from '@playwright/test';

/** The reports page: round picker, document choice, language, preview and the PDF/print buttons. */
export class ReportsPage {
  readonly heading: Locator;
  readonly preview: Locator;
  readonly saved: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.preview = page.getByTestId('report-preview');
    this.saved = page.getByTestId('pdf-saved');
  }

  async chooseDocument(label: string | RegExp): Promise<void> {
    await this.page.getByRole('radiogroup', { name: /Dokument|Document/ }).getByText(label).click();
  }

  async chooseLanguage(label: 'Deutsch' | 'Englisch'): Promise<void> {
    await this.page.getByRole('radiogroup', { name: /Sprache des Dokuments/ }).first().getByText(label, { exact: true }).click();
  }

  async savePdf(label: string | RegExp): Promise<void> {
    await this.page.getByRole('button', { name: label }).first().click();
  }
}
