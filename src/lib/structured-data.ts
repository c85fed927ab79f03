/**
 * schema.org structured data for a question page: a `QAPage` whose main entity is the
 * `Question` with its one accepted `Answer`, with the properties Google's QAPage guidance
 * requires (question name, answerCount, acceptedAnswer; answer text) and recommends
 * (text, dates, author, answer url).
 */

export interface QaPageInput {
  /** The question, word for word. */
  readonly question: string;
  /** The whole answer as plain text. */
  readonly answerText: string;
  /** Absolute URL of the page holding the question and its answer. */
  readonly url: string;
  /** `YYYY-MM-DD`. */
  readonly datePublished: string;
  /** `YYYY-MM-DD`. */
  readonly dateModified: string;
  /** Who wrote it: the site, as an organisation. */
  readonly author: { readonly name: string; readonly url: string };
  /** BCP 47 language, such as `en`. */
  readonly inLanguage: string;
}

interface Organization {
  readonly "@type": "Organization";
  readonly name: string;
  readonly url: string;
}

interface Answer {
  readonly "@type": "Answer";
  readonly text: string;
  readonly url: string;
  readonly datePublished: string;
  readonly dateModified: string;
  readonly author: Organization;
  readonly upvoteCount: number;
}

interface Question {
  readonly "@type": "Question";
  readonly name: string;
  readonly text: string;
  readonly answerCount: 1;
  readonly datePublished: string;
  readonly dateModified: string;
  readonly author: Organization;
  readonly acceptedAnswer: Answer;
}

export interface QaPage {
  readonly "@context": "https://schema.org";
  readonly "@type": "QAPage";
  readonly url: string;
  readonly name: string;
  readonly inLanguage: string;
  readonly mainEntity: Question;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(`structured data: ${message}`);
}

/** The QAPage object for one question. Throws when a required value is missing or malformed. */
export function qaPage(input: QaPageInput): QaPage {
  const question = input.question.trim();
  const answerText = input.answerText.trim();
  check(question !== "", "the question is empty");
  check(answerText !== "", `the answer to "${question}" is empty`);
  check(/^https?:\/\//.test(input.url), `url must be absolute (got "${input.url}")`);
  check(/^https?:\/\//.test(input.author.url), `author url must be absolute (got "${input.author.url}")`);
  check(ISO_DATE.test(input.datePublished), `datePublished must be YYYY-MM-DD (got "${input.datePublished}")`);
  check(ISO_DATE.test(input.dateModified), `dateModified must be YYYY-MM-DD (got "${input.dateModified}")`);

  const author: Organization = { "@type": "Organization", name: input.author.name, url: input.author.url };
  const dates = { datePublished: input.datePublished, dateModified: input.dateModified };
  return {
    "@context": "https://schema.org",
    "@type": "QAPage",
    url: input.url,
    name: question,
    inLanguage: input.inLanguage,
    mainEntity: {
      "@type": "Question",
      name: question,
      text: question,
      answerCount: 1,
      ...dates,
      author,
      acceptedAnswer: {
        "@type": "Answer",
        text: answerText,
        url: input.url,
        ...dates,
        author,
        upvoteCount: 0,
      },
    },
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element: `<`, `>` and `&` are written as
 * `\u003c`-style escapes, so no text in the answer (`</script>`, `<!--`) can end the element early.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
