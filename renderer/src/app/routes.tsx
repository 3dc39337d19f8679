import {
  IconArrowsExchange,
  IconCalendarEvent,
  IconFileText,
  IconSettings,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';

export const PAGES = ['participants', 'rounds', 'sessions', 'reports', 'sync', 'settings'] as const;
export type PageId = (typeof PAGES)[number];

export const PAGE_ICONS: Record<PageId, ReactNode> = {
  participants: <IconUsers size={20} stroke={1.6} />,
  rounds: <IconUsersGroup size={20} stroke={1.6} />,
  sessions: <IconCalendarEvent size={20} stroke={1.6} />,
  reports: <IconFileText size={20} stroke={1.6} />,
  sync: <IconArrowsExchange size={20} stroke={1.6} />,
  settings: <IconSettings size={20} stroke={1.6} />,
};

/** Reads the page from the URL hash (`#/rounds`), so a reload stays on the same page. */
export function pageFromHash(hash: string): PageId {
  const id = hash.replace(/^#\/?/, '');
  return (PAGES as readonly string[]).includes(id) ? (id as PageId) : 'participants';
}
