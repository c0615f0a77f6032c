/** framer-motion's DOM animation features, loaded after the first paint (see App). */
export { domAnimation as default } from 'framer-motion';
