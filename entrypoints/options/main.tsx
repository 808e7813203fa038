import { render } from 'preact';
import { openFavoritesDb } from '../../utils/favorites-db';
import { createFavoritesStore } from '../../utils/favorites-store';
import { App } from './App';
import './style.css';

const favorites = createFavoritesStore({
  open: openFavoritesDb,
  channel: new BroadcastChannel('lesson-tab:favorites'),
  onVersionChange: () => location.reload(),
});

render(<App favorites={favorites} />, document.getElementById('app') as HTMLElement);
