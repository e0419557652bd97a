// Demo content: realistic-looking public open-data packages. Texts are written for this project.
// Package row: [catalog, slug, displayName, description, "field:type ..." (the last field arrives in 1.1.0), records]

export const CATALOGS = [
  ['noaa', 'NOAA', 'Weather, climate and ocean data sets from the US National Oceanic and Atmospheric Administration.', 'https://www.noaa.gov'],
  ['worldbank', 'World Bank Open Data', 'Development indicators for every country: economy, health, education and environment.', 'https://data.worldbank.org'],
  ['opendata', 'Open Data Commons', 'Community maintained data sets about cities, software, transport and science.', 'https://opendatacommons.org'],
];

export const PACKAGES = [
  ['noaa', 'global-temperature-anomalies', 'Global Temperature Anomalies', 'Monthly land and ocean temperature anomalies relative to the 20th century average.', 'year:integer month:integer anomaly_c:number uncertainty:number', 1728],
  ['noaa', 'hurricane-tracks', 'Atlantic Hurricane Tracks', 'Best track positions and intensities of Atlantic tropical cyclones since 1851.', 'storm_id:string name:string timestamp:date-time latitude:number longitude:number max_wind_kt:integer', 53501],
  ['noaa', 'daily-weather-stations', 'Daily Weather Station Summaries', 'Daily maximum and minimum temperature, precipitation and snowfall from land stations.', 'station:string date:date tmax:number tmin:number prcp:number snow:number', 250000],
  ['noaa', 'sea-level-rise', 'Sea Level Rise', 'Satellite altimetry measurements of global mean sea level.', 'date:date gmsl_mm:number smoothed_mm:number', 1100],
  ['noaa', 'storm-events', 'Storm Events Database', 'Reports of tornadoes, hail, floods and other severe weather with damage estimates.', 'event_id:integer state:string event_type:string begin_date:date-time damage_usd:number deaths:integer', 1800000],
  ['noaa', 'co2-mauna-loa', 'Mauna Loa CO2 Concentrations', 'Monthly mean atmospheric carbon dioxide measured at Mauna Loa Observatory.', 'year:integer month:integer co2_ppm:number deseasonalized_ppm:number', 790],
  ['noaa', 'ocean-buoy-observations', 'Ocean Buoy Observations', 'Hourly wave height, wind and water temperature from moored buoys.', 'buoy_id:string timestamp:date-time wave_height_m:number wind_speed_ms:number water_temp_c:number', 640000],
  ['noaa', 'arctic-sea-ice-extent', 'Arctic Sea Ice Extent', 'Daily extent of Arctic sea ice derived from passive microwave satellites.', 'date:date extent_km2:number missing_km2:number', 15000],
  ['noaa', 'drought-monitor', 'US Drought Monitor', 'Weekly drought severity by county, from abnormally dry to exceptional drought.', 'week:date fips:string d0:number d1:number d2:number d3:number d4:number', 160000],
  ['noaa', 'tornado-reports', 'Tornado Reports', 'Touchdown location, path length and Enhanced Fujita rating of reported tornadoes.', 'date:date state:string ef_rating:integer path_length_km:number injuries:integer', 68000],
  ['noaa', 'solar-radiation', 'Surface Solar Radiation', 'Hourly global horizontal irradiance measured by the SURFRAD network.', 'station:string timestamp:date-time ghi_wm2:number dni_wm2:number', 420000],
  ['worldbank', 'gdp-by-country', 'GDP by Country', 'Gross domestic product in current US dollars for every country and year since 1960.', 'country_code:string country:string year:integer gdp_usd:number', 13000],
  ['worldbank', 'population-estimates', 'Population Estimates', 'Mid-year population estimates and projections by country.', 'country_code:string year:integer population:integer urban_share:number', 16000],
  ['worldbank', 'life-expectancy', 'Life Expectancy at Birth', 'Life expectancy at birth in years, total and by sex.', 'country_code:string year:integer total:number female:number male:number', 15500],
  ['worldbank', 'co2-emissions-per-capita', 'CO2 Emissions per Capita', 'Carbon dioxide emissions in metric tons per person.', 'country_code:string year:integer tonnes_per_capita:number', 12000],
  ['worldbank', 'literacy-rates', 'Adult Literacy Rates', 'Share of people aged 15 and above who can read and write.', 'country_code:string year:integer literacy_rate:number female_rate:number', 4100],
  ['worldbank', 'internet-users', 'Internet Users', 'Individuals using the Internet as a percentage of the population.', 'country_code:string year:integer share:number mobile_subscriptions:number', 9800],
  ['worldbank', 'inflation-consumer-prices', 'Inflation - Consumer Prices', 'Annual percentage change in consumer prices.', 'country_code:string year:integer inflation_pct:number', 11000],
  ['worldbank', 'electricity-access', 'Access to Electricity', 'Percentage of the population with access to electricity, urban and rural.', 'country_code:string year:integer total:number rural:number urban:number', 7300],
  ['worldbank', 'poverty-headcount', 'Poverty Headcount Ratio', 'Population share living on less than 2 dollars 15 a day at 2017 prices.', 'country_code:string year:integer headcount_pct:number', 2100],
  ['worldbank', 'foreign-direct-investment', 'Foreign Direct Investment', 'Net inflows of foreign direct investment in current US dollars.', 'country_code:string year:integer net_inflows_usd:number share_of_gdp:number', 10400],
  ['opendata', 'world-cities', 'World Cities', 'Names, countries and populations of large cities around the world.', 'name:string country:string population:integer', 20],
  ['opendata', 'pypi-downloads', 'PyPI Download Statistics', 'Daily download counts of the most popular packages on the Python Package Index.', 'date:date project:string downloads:integer installer:string', 365000],
  ['opendata', 'python-developer-survey', 'Python Developer Survey', 'Answers of the yearly survey of Python developers: tools, frameworks and habits.', 'respondent_id:integer country:string years_experience:integer main_framework:string editor:string', 23000],
  ['opendata', 'pytorch-benchmarks', 'PyTorch Model Benchmarks', 'Training throughput and accuracy of common neural network models on several GPUs.', 'model:string gpu:string batch_size:integer images_per_s:number top1_accuracy:number', 2400],
  ['opendata', 'github-stars', 'GitHub Repository Stars', 'Star counts over time of the most starred open source repositories.', 'repo:string date:date stars:integer forks:integer', 88000],
  ['opendata', 'bike-share-trips', 'Bike Share Trips', 'Anonymised trips of a city bike share system with start and end stations.', 'trip_id:string start_time:date-time end_time:date-time start_station:string end_station:string member:boolean', 3200000],
  ['opendata', 'air-quality-index', 'Air Quality Index', 'Hourly particulate matter and ozone readings from urban sensors.', 'sensor:string timestamp:date-time pm25:number pm10:number ozone_ppb:number', 910000],
  ['opendata', 'earthquakes', 'Significant Earthquakes', 'Time, location, depth and magnitude of earthquakes of magnitude 4.5 and above.', 'event_id:string time:date-time latitude:number longitude:number depth_km:number magnitude:number', 120000],
  ['opendata', 'public-transit-ridership', 'Public Transit Ridership', 'Monthly boardings by transit agency and mode.', 'agency:string mode:string month:date boardings:integer', 54000],
  ['opendata', 'nobel-laureates', 'Nobel Laureates', 'Every Nobel prize winner with category, year and affiliation.', 'year:integer category:string laureate:string country:string affiliation:string', 990],
  ['opendata', 'open-street-names', 'Open Street Names', 'Most common street names per country extracted from OpenStreetMap.', 'country:string street_name:string occurrences:integer', 45000],
  ['opendata', 'wikipedia-pageviews', 'Wikipedia Pageviews', 'Daily page views of English Wikipedia articles.', 'date:date article:string views:integer', 5000000],
];

// The one private package of the demo user, to show that anonymous callers cannot see it.
export const PRIVATE_PACKAGE = ['demo', 'household-budget', 'Household Budget', 'Monthly household income and spending by category. Private to its owner.', 'month:date category:string amount:number note:string', 240];

export const COLLECTIONS = [
  ['climate-and-weather', 'Climate and Weather', 'Long running observations of the atmosphere, oceans and ice.', ['noaa/global-temperature-anomalies', 'noaa/co2-mauna-loa', 'noaa/sea-level-rise', 'noaa/arctic-sea-ice-extent', 'noaa/hurricane-tracks', 'worldbank/co2-emissions-per-capita']],
  ['economic-indicators', 'Economic Indicators', 'Macro-economic series for comparing countries over time.', ['worldbank/gdp-by-country', 'worldbank/inflation-consumer-prices', 'worldbank/foreign-direct-investment', 'worldbank/poverty-headcount', 'worldbank/population-estimates']],
];

// Private to its creator: anonymous readers are told NOT_AUTHENTICATED, as by the real server.
export const PRIVATE_COLLECTION = ['demo-private-picks', 'Private Picks', 'Packages demo is keeping an eye on. Private to its owner.', ['opendata/world-cities', 'noaa/co2-mauna-loa']];

export const WORLD_CITIES = [
  ['Tokyo', 'Japan', 37194000], ['Delhi', 'India', 32941000], ['Shanghai', 'China', 29210000],
  ['Dhaka', 'Bangladesh', 23210000], ['Sao Paulo', 'Brazil', 22620000], ['Cairo', 'Egypt', 22183000],
  ['Mexico City', 'Mexico', 22085000], ['Beijing', 'China', 21766000], ['Mumbai', 'India', 21297000],
  ['Osaka', 'Japan', 19013000], ['Chongqing', 'China', 17341000], ['Karachi', 'Pakistan', 17236000],
  ['Kinshasa', 'DR Congo', 16316000], ['Lagos', 'Nigeria', 15946000], ['Istanbul', 'Turkey', 15847000],
  ['Buenos Aires', 'Argentina', 15490000], ['Kolkata', 'India', 15332000], ['Manila', 'Philippines', 14667000],
  ['Guangzhou', 'China', 14284000], ['Lahore', 'Pakistan', 13979000], ['Rio de Janeiro', 'Brazil', 13728000],
  ['Paris', 'France', 11208000],
];
