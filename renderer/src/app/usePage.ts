import { useCallback, useEffect, useState } from 'react';
import { pageFromHash } from './routes';
import type { PageId } from './routes';

/** The current page, kept in the URL hash. */
export function usePage(): [PageId, (page: PageId) => void] {
  const [page, setPage] = useState<PageId>(() => pageFromHash(window.location.hash));
  useEffect(() => {
    const onHash = (): void => {
      setPage(pageFromHash(window.location.hash));
    };
    window.addEventListener('hashchange', onHash);
    return () => {
      window.removeEventListener('hashchange', onHash);
    };
  }, []);
  const go = useCallback((next: PageId) => {
    window.location.hash = `/${next}`;
    setPage(next);
  }, []);
  return [page, go];
}
