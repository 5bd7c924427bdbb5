// The part of feedparser's API that ingestion uses (the package ships no types).
declare module 'feedparser' {
  import { Transform } from 'node:stream';
  namespace FeedParser {
    interface Item {
      title: string | null;
      description: string | null;
      summary: string | null;
      link: string | null;
      origlink: string | null;
      pubdate: Date | null;
      date: Date | null;
      author: string | null;
      guid: string | null;
      meta: { title: string | null; link: string | null; language: string | null };
    }
  }
  class FeedParser extends Transform {
    constructor(options?: { feedurl?: string; normalize?: boolean; addmeta?: boolean; resume_saxerror?: boolean });
    read(): FeedParser.Item | null;
  }
  export default FeedParser;
}
