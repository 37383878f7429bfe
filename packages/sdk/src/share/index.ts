export {
  decodeShareLink,
  encodeShareLink,
  MAX_SHARE_LINK_LENGTH,
  MAX_SHARE_POSITION,
  SHARE_LINK_PREFIX,
  type ShareState,
} from './share-link.js';
