// Runs right after the shell is parsed (a classic script, allowed by the CSP as a file of our own).
// The prerendered shell in index.html is the start page: on any other address (a reload, a bookmark)
// it keeps only the header and footer until the app draws the page that was asked for.
if (!/^(#\/?)?$/.test(location.hash)) document.documentElement.classList.add('shell-elsewhere');
