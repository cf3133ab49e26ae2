/** The page's phone layout (styles.css): the graph first, the details in a bottom sheet. */
export const PHONE_QUERY = '(max-width: 640px)';

/** Whether the page is laid out for a phone now. */
export const isPhoneScreen = () => window.matchMedia(PHONE_QUERY).matches;
