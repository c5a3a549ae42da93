// The analytics script both benchmark pages hold back until analytics is granted: it records when
// it starts, which is what a visitor who accepted analytics waits for.
window.__benchAnalytics = performance.now();
