/**
 * The widgets of a question page, gathered in one entry (imported by QuestionLayout) so that a question page
 * loads its code as one file rather than one per widget: the answer's heading links and code copy, sharing,
 * the table of contents, the landing highlight and practice mode (whose timer, fill-ins, answers and review load
 * with its session, once practice is used). Each module defines its own custom element.
 */
import "~/components/answer/anchor-heading";
import "~/components/answer/code-copy";
import "./share-actions";
import "./table-of-contents";
import "~/components/search/search-highlight";
import "~/components/practice/practice-bar";
import "~/components/practice/practice-mark";
import "~/components/practice/practice-next";
