// Starts GraphiQL on /graphiql. A file, not an inline script: the page's Content-Security-Policy allows only the site's
// own scripts. Queries go to the endpoint in data-endpoint with the cookie session (same origin) and, when one is pasted,
// an API client's token as "Authorization: Bearer …". The token stays in this page's memory: it is never stored.
(function () {
  'use strict';

  var container = document.getElementById('graphiql');
  var endpoint = container.getAttribute('data-endpoint');
  var tokenInput = document.getElementById('graphiql-token');

  async function fetcher(params, options) {
    var headers = Object.assign({ 'Content-Type': 'application/json', Accept: 'application/json' }, (options && options.headers) || {});
    var token = tokenInput.value.trim();
    if (token) {
      headers.Authorization = 'Bearer ' + token;
    }

    var response = await fetch(endpoint, {
      method: 'POST',
      headers: headers,
      body: JSON.stringify(params),
      credentials: 'same-origin',
    });
    var text = await response.text();
    try {
      // Refusals (400, 401, 403, 429) are GraphQL's { errors: [...] } too, so GraphiQL shows their messages.
      return JSON.parse(text);
    } catch (error) {
      return { errors: [{ message: 'HTTP ' + response.status + ': ' + text.slice(0, 500) }] };
    }
  }

  ReactDOM.createRoot(container).render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultQuery: container.getAttribute('data-default-query') || undefined,
  }));
})();
