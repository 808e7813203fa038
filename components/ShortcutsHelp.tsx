import { useI18n } from '../utils/i18n/i18n-context';

/** The keyboard shortcuts, as a definition list inside the help dialog. */
export function ShortcutsHelp() {
  const { t } = useI18n();
  const rows = [
    ['←', t('helpPrevious')],
    ['→', t('helpNext')],
    ['F', t('helpFavorite')],
    ['C', t('helpCopy')],
    ['N', t('helpNote')],
    ['H', t('helpHide')],
    ['?', t('helpHelp')],
    ['Esc', t('helpEscape')],
  ];
  return (
    <dl class="shortcuts-help">
      {rows.map(([key, action]) => (
        <div key={key}>
          <dt>
            <kbd>{key}</kbd>
          </dt>
          <dd>{action}</dd>
        </div>
      ))}
    </dl>
  );
}
