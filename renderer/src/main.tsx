import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-500.css';
import '@fontsource/inter/latin-600.css';
import '@fontsource/inter/latin-700.css';
import '@fontsource/inter/latin-ext-400.css';
import '@fontsource/inter/latin-ext-600.css';
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import './app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Root } from './app/Root';
import { readStyleNonce } from './app/theme';

// Mantine's modals lock scrolling with a <style> that react-remove-scroll tags with the nonce
// it finds in this (webpack-named) global; without it the CSP blocks that style.
const styleNonce = readStyleNonce();
if (styleNonce) {
  (globalThis as { __webpack_nonce__?: string }).__webpack_nonce__ = styleNonce;
}

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  );
}
