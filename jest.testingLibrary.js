// Testing Library waits 1 s for findBy/waitFor by default. A component test rendering Fluent on a
// 2-core machine beside Chromium suites took longer (OverviewPage, load 15) and failed though nothing
// was wrong. What is waited for stays the same; only how long before giving up.
if (typeof document !== 'undefined') require('@testing-library/dom').configure({ asyncUtilTimeout: 10_000 });
