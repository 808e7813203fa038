/** Everything French in one chunk, loaded only for French readers. */
export { LESSONS_FR } from './lessons-fr';
export { MESSAGES_FR } from './messages-fr';
