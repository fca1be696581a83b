import { Badge, Body1, Button, Caption1, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { ChannelPost, ChannelPostState } from '@vp/shared';
import { useContext, useState } from 'react';
import type { ApiClient } from '../api/client';
import { ErrorMessage } from '../edit/ErrorMessage';
import { LanguageContext, useStrings } from '../i18n/strings';
import { formatDateTime } from '../report/format';
import { AdaptiveCardView } from './AdaptiveCardView';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  post: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

const colors: Record<ChannelPostState, 'success' | 'informative' | 'warning' | 'danger' | 'subtle'> = {
  sent: 'success',
  pending: 'informative',
  sending: 'informative',
  failed: 'danger',
  noTeams: 'subtle',
};

export interface ChannelPostsProps {
  api: Pick<ApiClient, 'retryPost'>;
  posts: readonly ChannelPost[];
  /** A retry was accepted: read the posts again */
  onChanged(): void;
}

/** The messages to the unit's channel, newest first: each one's state in words, a retry of a failed one, and its card as posted. */
export function ChannelPosts({ api, posts, onChanged }: ChannelPostsProps) {
  const t = useStrings().approval.posts;
  const language = useContext(LanguageContext);
  const styles = useStyles();
  if (posts.length === 0) return <Body1 as="p">{t.empty}</Body1>;
  return (
    <ul className={styles.list} aria-label={t.title(posts.length)}>
      {posts.map((post) => (
        <li key={post.id} className={styles.post}>
          <div className={styles.head}>
            <Badge appearance="tint" color={colors[post.state]}>
              {t.states[post.state]}
            </Badge>
            <Caption1>{t.postedBy(post.postedBy.name, formatDateTime(post.sentAt ?? post.createdAt, language))}</Caption1>
            {post.state === 'failed' && <RetryButton api={api} postId={post.id} onChanged={onChanged} />}
          </div>
          <AdaptiveCardView card={post.card} label={t.card} />
        </li>
      ))}
    </ul>
  );
}

/** Sends a failed post again; what the server said when it would not. */
function RetryButton({ api, postId, onChanged }: { api: Pick<ApiClient, 'retryPost'>; postId: string; onChanged(): void }) {
  const t = useStrings().approval.posts;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const retry = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.retryPost(postId);
      onChanged();
    } catch (e) {
      setError(e instanceof Error ? e.message : t.retryFailed);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button size="small" onClick={() => void retry()} disabledFocusable={busy} icon={busy ? <Spinner size="tiny" /> : undefined}>
        {busy ? t.retrying : t.retry}
      </Button>
      {error && <ErrorMessage title={t.retryFailed} message={error} />}
    </>
  );
}
