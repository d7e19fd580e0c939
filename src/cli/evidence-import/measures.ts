/** The five measures the evidence names directly; they pass through unchanged. */
export const namedMeasures = [
  'workers_present',
  'work_permits_issued',
  'arrivals_in_year',
  'departures_or_repatriations',
  'revenue_usd_per_year',
] as const;

/**
 * Codebook category for each `other(...)` description in the evidence (events excluded: they go to
 * events.csv). The description itself is kept as the estimate's measure_detail.
 */
export const otherMeasureCategory: Readonly<Record<string, string>> = {
  // Countries named as hosts, no number.
  'presence reported': 'presence_reported',
  'presence reported after 2019: North Korean couple running a business': 'presence_reported',
  'presence reported in the past: listed among countries that previously received DPRK workers':
    'presence_reported',
  'presence reported: DPRK construction labour': 'presence_reported',
  'presence reported: DPRK workers in two restaurants, small scale': 'presence_reported',
  'presence reported: DPRK workers of Miramax (agriculture) and Chilbo (forestry) repatriated or expelled':
    'presence_reported',
  'presence reported: DPRK-run restaurants at their peak': 'presence_reported',
  'presence reported: DPRK-run restaurants': 'presence_reported',
  'presence reported: IT workers': 'presence_reported',
  'presence reported: Mansudae artists making statues': 'presence_reported',
  'presence reported: Mansudae construction operations': 'presence_reported',
  'presence reported: Mansudae team building a monument': 'presence_reported',
  'presence reported: North Korean restaurant staff': 'presence_reported',
  'presence reported: North Korean workers built monuments': 'presence_reported',
  'presence reported: North Koreans in a restaurant kitchen, status unknown': 'presence_reported',
  'presence reported: employment of DPRK workers, since stopped': 'presence_reported',
  'presence reported: medical staff': 'presence_reported',

  // Intentions: plans, announcements, expectations, forecasts, demand.
  'planned dispatch': 'planned_dispatch',
  'planned dispatch in current recruitment round': 'planned_dispatch',
  'planned dispatch detected by ROK government': 'planned_dispatch',
  'planned dispatch from 2008': 'planned_dispatch',
  'planned dispatch group size': 'planned_dispatch',
  'planned dispatch of laborers incl. IT workers': 'planned_dispatch',
  'planned dispatch of laborers, including IT workers': 'planned_dispatch',
  'planned intake of workers': 'planned_dispatch',
  'planned recruitment': 'planned_dispatch',
  'planned recruitment by end-2025': 'planned_dispatch',
  'planned recruitment of DPRK workers in 2017 by St Petersburg staffing firms': 'planned_dispatch',
  'planned recruitment under contract with DPRK': 'planned_dispatch',
  'planned workforce': 'planned_dispatch',
  'planned arrivals under regional protocol': 'planned_dispatch',
  'planned arrivals of military/police personnel as workers': 'planned_dispatch',
  'additional workers expected': 'planned_dispatch',
  'expected additional arrivals': 'planned_dispatch',
  'expected eventual total to be sent': 'planned_dispatch',
  'announced dispatch of military construction workers': 'planned_dispatch',
  'additional workers under contracts awaiting dispatch': 'planned_dispatch',
  'reported secret plan to import DPRK workers': 'planned_dispatch',
  'workers selected for dispatch, first round': 'planned_dispatch',
  'stranded workers to be selected for return and replaced': 'planned_dispatch',
  'DPRK military personnel and laborers invited to work': 'planned_dispatch',
  'industry forecast of DPRK workers on Russian construction sites by end-2025': 'planned_dispatch',
  'potential demand for DPRK construction workers': 'planned_dispatch',
  'employer applications for DPRK workers': 'planned_dispatch',
  'work permits for DPRK nationals frozen in the pipeline after UNSCR 2375': 'planned_dispatch',

  // Ceilings set or requested for work authorisations.
  '2013 regional quota of work authorisations for DPRK citizens': 'authorised_quota',
  '2018 regional quota requested by employers, rejected by Labour Ministry': 'authorised_quota',
  'annual labour quota for DPRK nationals': 'authorised_quota',
  'government quota of work authorisations for DPRK nationals': 'authorised_quota',
  'government quota of work authorisations for DPRK workers': 'authorised_quota',
  'regional quota of work authorisations for DPRK workers': 'authorised_quota',
  'hiring authorisations for DPRK labourers granted to Russian employers, cumulative 2015-2018':
    'authorised_quota',
  'requested allocation of DPRK construction workers': 'authorised_quota',
  'planned quota of workers on industrial-training visas': 'authorised_quota',

  // Documents issued over a period (a flow).
  'work visas issued': 'visas_issued',
  'work visas granted in year': 'visas_issued',
  'visas granted': 'visas_issued',
  'visas issued per year to DPRK citizens, mostly labour migrants': 'visas_issued',
  'work visas issued to menial labourers': 'visas_issued',
  'tourist + student visas issued to DPRK nationals': 'visas_issued',
  'new tourist + student visas issued to DPRK nationals': 'visas_issued',
  'student visas issued to DPRK nationals': 'visas_issued',
  'first residence permits (over 3 months, all reasons) issued to DPRK citizens': 'visas_issued',
  'work visas/permits reported by VICE, disputed': 'visas_issued',
  'DPRK nationals who stayed on temporary work visit passes, cumulative 2014-2017': 'visas_issued',

  // Documents or registrations valid at one time (a stock).
  'DPRK citizens holding a valid work permit in the EU, Eurostat': 'permits_held',
  'DPRK citizens remaining on work permits': 'permits_held',
  'DPRK nationals holding business/work visas': 'permits_held',
  'DPRK nationals holding valid work passes': 'permits_held',
  'DPRK nationals holding work visas': 'permits_held',
  'DPRK workers holding Russian work permits, Q1 2015': 'permits_held',
  'DPRK workers holding valid work permits': 'permits_held',
  'work permits currently issued to DPRK workers': 'permits_held',
  'employees registered with DPRK nationality at the Federal Employment Agency, probably overstated':
    'permits_held',

  // All DPRK nationals, or non-workers, present.
  'DPRK citizens living in Russia, all purposes': 'nationals_present',
  'DPRK citizens present, mainly construction': 'nationals_present',
  'DPRK nationals present, all purposes': 'nationals_present',
  'DPRK nationals present; mostly construction workers': 'nationals_present',
  'DPRK nationals resident, all purposes': 'nationals_present',
  'all DPRK nationals present, not only workers': 'nationals_present',
  'DPRK trade-mission staff, not counted among the 80,000 workers': 'nationals_present',
  'DPRK nationals with legal migrant status': 'nationals_present',
  'North Korean nationals living abroad, all categories': 'nationals_present',
  'DPRK nationals identified as potentially in breach of UNSCR 2397 para 8, probably workers':
    'nationals_present',

  'IT workers': 'it_workers',
  'IT workers abroad': 'it_workers',
  'IT workers dispatched abroad': 'it_workers',
  'IT workers dispatched in H1 2023 by the Ministry of State Security': 'it_workers',
  'IT workers employed by two DPRK-controlled companies': 'it_workers',
  'IT workers, abroad and inside DPRK': 'it_workers',
  'IT/hacking specialists abroad': 'it_workers',

  'North Korean state-run restaurants operating': 'restaurants',
  'North Korean-run restaurants closed': 'restaurants',

  'number of host countries': 'host_countries',
  'number of host countries named': 'host_countries',
  'number of host countries, current or recent': 'host_countries',
  'number of host countries ever reported': 'host_countries',
  'number of African host countries for Mansudae operations': 'host_countries',
  'number of countries named in TIP 2021 for DPRK overseas workers': 'host_countries',

  // US dollar amounts that are not a country's total per year.
  'average monthly wage of North Korean workers, USD': 'revenue_other',
  'contract value, USD': 'revenue_other',
  'cumulative IT-worker revenue, USD': 'revenue_other',
  'cumulative contract revenue, USD': 'revenue_other',
  'cumulative revenue, USD': 'revenue_other',
  'cumulative wage revenue 2017-2023, USD': 'revenue_other',
  'revenue per IT-worker group, USD per month': 'revenue_other',
  revenue_usd_per_month: 'revenue_other',
  'annual revenue of one IT-exporting DPRK body, USD': 'revenue_other',

  'percent decrease in workers abroad, Oct 2019 vs Aug 2017': 'share_percent',
  'percent of overseas workforce located in China and Russia': 'share_percent',

  'DPRK construction workers reported missing': 'incidents',
  'DPRK crew members detained in port': 'incidents',
  'DPRK nationals caught doing unlicensed construction': 'incidents',
  'workers found in inspections': 'incidents',
  'workers found working illegally at one shipyard': 'incidents',
  'workers taking part in protests': 'incidents',
  'workers taking part in riot/strike': 'incidents',

  // Mali: investigated, presence not established, so not presence_reported.
  'UN Panel investigated ties with DPRK companies; workers not stated': 'other',
  'work permits revoked': 'other',
  'North Korean nationals returning home by road in one day: students, officials, traders, patients':
    'other',
  'female workers observed moving as a group': 'other',
  'increase in workers since 2010': 'other',
  'crew group size per vessel': 'other',
  'housing capacity of MOP compound': 'other',
  'number of DPRK-run clinics/hospitals': 'other',
  'member states that submitted final 2397 repatriation reports': 'other',
  'North Koreans entering on visit visas to work, per a member state': 'other',
  'entries into China for work purpose, Q1 only': 'other',
  'annual average of work-purpose entries, CNTA data': 'other',
  'DPRK nationals newly registered in Moscow Oblast; almost all construction workers': 'other',
  'entries for purpose of study': 'other',
  'DPRK workers sent to Russia, cumulative, as of Apr 2025': 'other',
  'workers identified at 15 plants, cumulative since 2017': 'other',
};
