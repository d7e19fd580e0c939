// Every Korean catalogue, one chunk: loaded when the page turns Korean (runtime.svelte.ts).
import app from './app';
import figures from './figures';
import charts from './charts';
import filters from './filters';
import overview from './overview';
import country from './country';
import compare from './compare';
import map from './map';
import sources from './sources';
import about from './about';
import sql from './sql';
import share from './share';

export default {
  app,
  figures,
  charts,
  filters,
  overview,
  country,
  compare,
  map,
  sources,
  about,
  sql,
  share,
};
