/** The widgets of every page's header, in one entry (imported by BaseLayout): the theme menu, the search trigger and the phone menu. */
import "./theme-select";
import "./site-menu";
import "~/components/search/search-trigger";
