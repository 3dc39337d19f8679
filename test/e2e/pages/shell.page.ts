import type { Locator, Page } from '@playwright/test';

/** The app frame: navigation, language switch, page heading. */
export class ShellPage {
  readonly navigation: Locator;
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.navigation = page.getByRole('navigation');
    this.heading = page.getByRole('heading', { level: 1 });
  }

  async waitUntilReady(): Promise<void> {
    await this.navigation.getByRole('link').first().waitFor();
  }

  async open(label: string | RegExp): Promise<void> {
    await this.navigation.getByRole('link', { name: label }).click();
  }

  async switchLanguage(code: 'DE' | 'EN'): Promise<void> {
    await this.page.getByRole('radiogroup').getByText(code, { exact: true }).click();
  }
}
