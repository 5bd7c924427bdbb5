// Child process for the crash test: writes large analysed articles to the store until it is killed.
import { openSqliteStore } from './sqlite.ts';
import { syntheticArticle } from './synthetic.ts';

const store = openSqliteStore(process.argv[2]!);
for (let seed = 1; ; seed++) {
  const { article, analysis } = syntheticArticle({ seed, events: 1500 });
  await store.save({ article, analysis, bandKeys: [`band${seed}`], nearDuplicateOf: null, originalId: null });
  process.stdout.write(`saved ${seed}\n`);
}
