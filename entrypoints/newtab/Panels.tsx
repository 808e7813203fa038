import { Dialog } from '../../components/Dialog';
import { FavoritesLibrary } from '../../components/FavoritesLibrary';
import { SafetyCopyOffer } from '../../components/SafetyCopyOffer';
import { ShortcutsHelp } from '../../components/ShortcutsHelp';
import type { FavoritesState, FavoritesStore } from '../../utils/favorites/favorites-store';
import { useFavoritesActions } from '../../utils/favorites/use-favorites-actions';
import { useFavoriteNotes } from '../../utils/favorites/use-note-editor';
import { useI18n } from '../../utils/i18n/i18n-context';
import { useSafetyCopy } from '../../utils/safety-copy/use-safety-copy';

export type Panel = 'favorites' | 'help' | undefined;

export interface PanelsProps {
  panel: Panel;
  onClose: (closed: Panel) => void;
  favorites: FavoritesStore;
  favoritesState: FavoritesState;
  unavailable?: string;
  onShow: (lessonId: string) => void;
  canShow: (lessonId: string) => boolean;
  now: () => number;
}

/**
 * The new tab's dialogs (favorites library, shortcuts). A chunk of its own, loaded when one is
 * first opened: most tabs never open a panel, so they never pay for one.
 */
export function Panels(props: PanelsProps) {
  const { panel, onClose, favorites, favoritesState, unavailable, onShow, canShow, now } = props;
  const { t } = useI18n();
  const actions = useFavoritesActions(favorites, t, { now, saving: favoritesState.saving });
  const notes = useFavoriteNotes(favorites, now);
  const safetyCopy = useSafetyCopy({ store: favorites, state: favoritesState });
  return (
    <>
      <Dialog
        open={panel === 'favorites'}
        title={t('favoritesTitle')}
        closeLabel={t('closeFavorites')}
        onClose={() => onClose('favorites')}
      >
        <FavoritesLibrary
          favorites={favoritesState.favorites}
          unavailable={unavailable}
          notice={actions.notice}
          onRemove={actions.remove}
          onShow={onShow}
          canShow={canShow}
          onExport={actions.exportAs}
          onImport={actions.importFrom}
          autofocusSearch
          notes={notes}
          safetyCopy={<SafetyCopyOffer {...safetyCopy} />}
        />
      </Dialog>
      <Dialog
        open={panel === 'help'}
        title={t('helpTitle')}
        closeLabel={t('close')}
        onClose={() => onClose('help')}
      >
        <ShortcutsHelp />
      </Dialog>
    </>
  );
}
