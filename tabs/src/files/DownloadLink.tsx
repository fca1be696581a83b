import { Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type MouseEvent, type ReactNode } from 'react';
import type { ApiClient } from '../api/client';

const useStyles = makeStyles({ problem: { color: tokens.colorPaletteRedForeground1, marginLeft: tokens.spacingHorizontalS } });

/**
 * A link to a file the API makes (the Word exports). Locally a plain download link; in entra mode a
 * link carries no token, so a click fetches the file with it and hands the browser the bytes under
 * the server's file name. A failure says why beside the link.
 */
export function DownloadLink({ api, href, children }: { api: ApiClient; href: string; children: ReactNode }) {
  const styles = useStyles();
  const [problem, setProblem] = useState<string | null>(null);
  const click = async (event: MouseEvent) => {
    if (api.mode !== 'entra') return;
    event.preventDefault();
    setProblem(null);
    try {
      const { blob, fileName } = await api.file(href);
      const url = URL.createObjectURL(blob);
      const save = document.createElement('a');
      save.href = url;
      save.download = fileName;
      save.click();
      // The browser has taken the bytes once the click is handled; the object URL can go a little later.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <span>
      <Link href={href} download onClick={(event) => void click(event)}>
        {children}
      </Link>
      {problem && (
        <Text role="alert" className={styles.problem}>
          {problem}
        </Text>
      )}
    </span>
  );
}
