// Plain JS(X) so tsconfig.e2e (which does not list src/) need not type-check the app through it.
// Without `?app=1` the page exposes the scoring and seeding functions; with it, it starts the
// real app (same providers and hash routes as src/renderer/main.tsx) on the bench database.
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '../../../src/renderer/styles/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHashRouter, RouterProvider } from 'react-router';
import { App, AppProviders } from '../../../src/renderer/App.tsx';
import { createActivityCommands } from '../../../src/renderer/data/activities/activityCommands.ts';
import { createLeadCommands } from '../../../src/renderer/data/leads/leadCommands.ts';
import { toLeadDoc } from '../../../src/renderer/data/leads/leadDocument.ts';
import { openFieldbookData } from '../../../src/renderer/data/openFieldbookData.ts';
import { opportunityMangoQuery } from '../../../src/renderer/data/opportunities/opportunityQueries.ts';
import { leadScoreCache } from '../../../src/renderer/data/scoring/LeadScoreCache.ts';
import { saveScoringRules } from '../../../src/renderer/data/scoring/saveScoringRules.ts';
import { createI18n } from '../../../src/renderer/i18n/createI18n.ts';
import { appRoutes } from '../../../src/renderer/routes.tsx';
import { accountSchema } from '../../../src/shared/domain/account.ts';
import { activitySchema } from '../../../src/shared/domain/activity.ts';
import { leadSchema } from '../../../src/shared/domain/lead.ts';
import { opportunitySchema } from '../../../src/shared/domain/opportunity.ts';
import { defaultScoringRules } from '../../../src/shared/scoring/defaultScoringRules.ts';
import { afterNextPaint, watchLongTasks, whenBoardShown, whenTotalChanges } from './boardTiming.js';
import {
  makeAccountFactory,
  makeActivityFactory,
  makeOpportunityFactory,
  makeScoredLeadFactory,
} from './qualificationData.js';

const databaseName = 'fieldbook-bench-qualification';
const manager = {
  id: '018cc251-f400-7000-a000-000000000001',
  name: 'Bench Manager',
  role: 'manager',
};
const ownerIds = [
  manager.id,
  ...Array.from({ length: 7 }, (_, i) => `018cc251-f400-7000-a000-00000000001${i}`),
];
const clock = () => new Date();
const params = new URLSearchParams(location.search);
const status = document.getElementById('status');

let data;
async function open() {
  data ??= await openFieldbookData({ name: databaseName, multiInstance: false });
  return data;
}

async function timed(run) {
  const start = performance.now();
  const value = await run();
  return { ms: performance.now() - start, value };
}

async function insertAll(collection, docs) {
  const result = await collection.bulkInsert(docs);
  if (result.error.length > 0) throw new Error(`bulkInsert: ${JSON.stringify(result.error[0])}`);
}

/** Resolves with the time (ms after `start`) at which `cache` first notified with `done()` true. */
function whenCache(cache, done, start) {
  return new Promise((resolve) => {
    const stop = cache.subscribe(() => {
      if (!done()) return;
      stop();
      resolve(performance.now() - start);
    });
  });
}

const bench = {
  /** Seeds leads (zod-checked, as the lead commands store them) and done activities on them. */
  async seedQualification(leadCount, activityCount, batch) {
    const db = await open();
    const nextLead = makeScoredLeadFactory(4242);
    const leadIds = [];
    const leads = await timed(async () => {
      for (let done = 0; done < leadCount; done += batch) {
        const docs = Array.from({ length: Math.min(batch, leadCount - done) }, () =>
          toLeadDoc(leadSchema.parse(nextLead())),
        );
        for (const doc of docs) leadIds.push(doc.id);
        await insertAll(db.leads, docs);
      }
    });
    const nextActivity = makeActivityFactory(99, leadIds, Date.now());
    const activities = await timed(async () => {
      for (let done = 0; done < activityCount; done += batch) {
        const docs = Array.from({ length: Math.min(batch, activityCount - done) }, () =>
          activitySchema.parse(nextActivity()),
        );
        await insertAll(db.db.collections.activities, docs);
      }
    });
    return { leadsMs: leads.ms, activitiesMs: activities.ms };
  },

  /** Seeds accounts and opportunities (open ones over four stages, plus some closed). */
  async seedPipeline(accountCount, openCount, closedCount) {
    const db = await open();
    const nextAccount = makeAccountFactory(7, Date.now());
    const accounts = Array.from({ length: accountCount }, () => accountSchema.parse(nextAccount()));
    await insertAll(db.db.collections.accounts, accounts);
    const nextDeal = makeOpportunityFactory(
      11,
      accounts.map((account) => account.id),
      ownerIds,
      Date.now(),
    );
    const deals = [
      ...Array.from({ length: openCount }, () => opportunitySchema.parse(nextDeal())),
      ...Array.from({ length: closedCount }, () => opportunitySchema.parse(nextDeal(true))),
    ];
    const { ms } = await timed(() => insertAll(db.db.collections.opportunities, deals));
    return { ms };
  },

  /** On a fresh page: opening the cache (leads and activities into memory), then a first full score. */
  async buildScores() {
    const db = await open();
    const cache = leadScoreCache(db, clock);
    const start = await timed(() => cache.start());
    const first = await timed(async () => cache.rescoreAll());
    return { startMs: start.ms, firstFullMs: first.ms, size: cache.size };
  },

  /**
   * Saves changed rules through the same command as the rules editor (useScoringRules → save),
   * and times until the cache has rescored every lead with them.
   */
  async ruleChange(run) {
    const db = await open();
    const cache = leadScoreCache(db, clock);
    await cache.start();
    const leadCount = cache.size;
    const marker = 20 + run;
    const rules = structuredClone(defaultScoringRules);
    rules.rules[0].points = marker;
    rules.engagementRules[0].halfLifeDays = 20 + run;
    const start = performance.now();
    const rescored = whenCache(
      cache,
      () => cache.currentRules.rules[0]?.points === marker && cache.size === leadCount,
      start,
    );
    await saveScoringRules({ data: db, clock, user: manager }, rules);
    const savedMs = performance.now() - start;
    const totalMs = await rescored;
    const paintMs = (await afterNextPaint()) - start;
    return { totalMs, savedMs, computeMs: cache.lastFullRescoreMs, paintMs, leads: leadCount };
  },

  /** One lead edited through the lead commands: time until its new score is in the cache. */
  async leadEdit(run) {
    const db = await open();
    const cache = leadScoreCache(db, clock);
    await cache.start();
    const [doc] = await db.leads
      .find({
        selector: {},
        sort: [{ id: 'asc' }],
        skip: Math.floor(cache.size / 4) + run * 7,
        limit: 1,
      })
      .exec();
    const leadId = doc.primary;
    const before = cache.scoreOf(leadId);
    const title = before?.reasons.some((r) => r.ruleId === 'title-decision-maker')
      ? 'Engineer'
      : 'Purchasing director';
    const commands = createLeadCommands({ data: db, clock, user: manager });
    const start = performance.now();
    const rescored = whenCache(cache, () => cache.scoreOf(leadId) !== before, start);
    await commands.updateLead(leadId, { title });
    return { ms: await rescored, from: before?.score, to: cache.scoreOf(leadId)?.score };
  },

  /** One visit logged against a lead through the activity commands: time until it is rescored. */
  async logVisit(run) {
    const db = await open();
    const cache = leadScoreCache(db, clock);
    await cache.start();
    const [doc] = await db.leads
      .find({
        selector: {},
        sort: [{ id: 'asc' }],
        skip: Math.floor(cache.size / 2) + run * 11,
        limit: 1,
      })
      .exec();
    const leadId = doc.primary;
    const before = cache.scoreOf(leadId);
    const commands = createActivityCommands({ data: db, clock, user: manager });
    const start = performance.now();
    const rescored = whenCache(cache, () => cache.scoreOf(leadId) !== before, start);
    await commands.logActivity({
      type: 'visit',
      subject: 'Factory visit',
      related: { collection: 'leads', id: leadId },
    });
    return { ms: await rescored, from: before?.score, to: cache.scoreOf(leadId)?.score };
  },

  /** On a fresh page, the pipeline's query alone (what the board waits for), twice. */
  async pipelineQuery() {
    const db = await open();
    const query = () => db.db.collections.opportunities.find(opportunityMangoQuery({})).exec();
    const first = await timed(query);
    const second = await timed(query);
    const accounts = await timed(() => db.db.collections.accounts.find().exec());
    return {
      firstMs: first.ms,
      secondMs: second.ms,
      rows: first.value.length,
      accountsMs: accounts.ms,
    };
  },

  /** Arms the board watcher before the bench clicks "Pipeline": ms from the click to the painted board. */
  armNavigation() {
    const longTasks = watchLongTasks();
    const clicked = new Promise((resolve) =>
      document.addEventListener('click', (event) => resolve(event.timeStamp), {
        capture: true,
        once: true,
      }),
    );
    return Promise.all([clicked, whenBoardShown()]).then(async ([clickAt, shown]) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      return {
        domMs: shown.domAt - clickAt,
        paintMs: shown.paintAt - clickAt,
        namesMs: shown.namesAt - clickAt,
        cards: shown.cards,
        ...longTasks.stop(),
      };
    });
  },

  /** For a page opened straight on the pipeline: ms from navigation start to the painted board. */
  async directLoad() {
    const longTasks = watchLongTasks();
    const shown = await whenBoardShown();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    return {
      openMs: window.benchOpen,
      domMs: shown.domAt,
      paintMs: shown.paintAt,
      cards: shown.cards,
      ...longTasks.stop(),
    };
  },

  /** Arms the watcher before the bench presses → on a focused card: ms from keydown to new totals painted. */
  armMove(stage) {
    const pressed = new Promise((resolve) =>
      document.addEventListener('keydown', (event) => resolve(event.timeStamp), {
        capture: true,
        once: true,
      }),
    );
    return Promise.all([pressed, whenTotalChanges(stage)]).then(([pressAt, changed]) => ({
      domMs: changed.domAt - pressAt,
      paintMs: changed.paintAt - pressAt,
    }));
  },
};

window.fieldbookQualificationBench = bench;

if (params.get('app') === '1') {
  // Opened straight on the pipeline: watch from the very start, before the database opens.
  if (location.hash.includes('pipeline')) window.benchDirect = bench.directLoad();
  const root = createRoot(document.getElementById('root'));
  const i18n = createI18n('en');
  root.render(
    <StrictMode>
      <AppProviders i18n={i18n}>{null}</AppProviders>
    </StrictMode>,
  );
  const start = performance.now();
  const db = await open();
  window.benchOpen = performance.now() - start;
  const router = createHashRouter(appRoutes);
  root.render(
    <StrictMode>
      <App i18n={i18n} data={db}>
        <RouterProvider router={router} />
      </App>
    </StrictMode>,
  );
}
status.textContent = 'ready';
