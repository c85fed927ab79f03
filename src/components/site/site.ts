/** The widgets of every page's header, in one entry (imported by BaseLayout): the theme menu and the search trigger. */
import "./theme-select";
import "~/components/search/search-trigger";
