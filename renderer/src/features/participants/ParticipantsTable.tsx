import { Badge, Box, Group, Text, UnstyledButton } from '@mantine/core';
import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantRow } from '@shared/ipc/domains/participants.types';

const ROW_HEIGHT = 40;
const MIN_VIEW_HEIGHT = 240;
/** Space kept free below the list (page padding). */
const BOTTOM_GAP = 24;
const OVERSCAN = 8;
const COLUMNS = '2fr 2.2fr 1.4fr 0.9fr 1fr';

/**
 * The list, virtualised: only the rows in view (plus a few) are in the DOM, so 10,000
 * people scroll as smoothly as 10. Fixed row height keeps the arithmetic trivial.
 */
export function ParticipantsTable({ rows, onOpen }: { rows: readonly ParticipantRow[]; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const [scrollTop, setScrollTop] = useState(0);
  const [viewHeight, setViewHeight] = useState(560);
  const scroller = useRef<HTMLDivElement>(null);
  // The list fills the window down to its bottom edge, so it scrolls itself instead of the page.
  useLayoutEffect(() => {
    const measure = () => {
      const top = scroller.current?.getBoundingClientRect().top ?? 0;
      const next = Math.max(MIN_VIEW_HEIGHT, Math.floor(window.innerHeight - top - BOTTOM_GAP));
      setViewHeight((current) => (current === next ? current : next));
    };
    measure();
    window.addEventListener('resize', measure);
    return () => {
      window.removeEventListener('resize', measure);
    };
  });
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scrollTop + viewHeight) / ROW_HEIGHT) + OVERSCAN);
  const height = Math.min(viewHeight, Math.max(rows.length, 1) * ROW_HEIGHT);
  return (
    <Box role="table" aria-label={t('participants.list.label')} aria-rowcount={rows.length + 1} style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 6 }}>
      <Box role="row" style={{ display: 'grid', gridTemplateColumns: COLUMNS, padding: '6px 12px', background: 'var(--mantine-color-gray-0)', borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        {(['name', 'email', 'department', 'role', 'status'] as const).map((key) => (
          <Text key={key} role="columnheader" size="xs" fw={600} c="dimmed" tt="uppercase">
            {t(`participants.list.${key}`)}
          </Text>
        ))}
      </Box>
      <Box
        ref={scroller}
        data-testid="participants-scroll"
        style={{ height, overflowY: 'auto', position: 'relative' }}
        onScroll={(event) => {
          setScrollTop(event.currentTarget.scrollTop);
        }}
      >
        <div style={{ height: rows.length * ROW_HEIGHT, position: 'relative' }}>
          {rows.slice(first, last).map((row, offset) => (
            <Box
              key={row.id}
              role="row"
              aria-rowindex={first + offset + 2}
              style={{
                position: 'absolute',
                top: (first + offset) * ROW_HEIGHT,
                left: 0,
                right: 0,
                height: ROW_HEIGHT,
                display: 'grid',
                gridTemplateColumns: COLUMNS,
                alignItems: 'center',
                padding: '0 12px',
                borderBottom: '1px solid var(--mantine-color-gray-2)',
                opacity: row.status === 'withdrawn' ? 0.6 : 1,
              }}
            >
              <Group role="cell" gap={6} wrap="nowrap">
                <UnstyledButton
                  onClick={() => {
                    onOpen(row.id);
                  }}
                  style={{ fontWeight: 500, fontSize: 'var(--mantine-font-size-sm)', color: 'var(--mantine-primary-color-8)' }}
                >
                  {row.lastName}, {row.firstName}
                </UnstyledButton>
                {row.sample ? (
                  <Badge size="xs" variant="light" color="grape">
                    {t('participants.sample.badge')}
                  </Badge>
                ) : null}
              </Group>
              <Text role="cell" size="sm" truncate>
                {row.email}
              </Text>
              <Text role="cell" size="sm" truncate>
                {row.department}
              </Text>
              <Text role="cell" size="sm">
                {t(`participant.role.${row.role}`)}
              </Text>
              <Box role="cell">
                <Badge size="sm" variant="light" color={row.status === 'active' ? 'teal' : 'gray'}>
                  {t(`participant.status.${row.status}`)}
                </Badge>
              </Box>
            </Box>
          ))}
        </div>
      </Box>
    </Box>
  );
}
