// The vocabulary the simulated directory is built from. Company domains use the reserved `.test`
// top-level domain and phone numbers the fictional 555-01xx range, so no real person or business
// can be reached through sandbox data.

export const FIRST_NAMES = [
  'James', 'Mary', 'Robert', 'Patricia', 'John', 'Jennifer', 'Michael', 'Linda', 'David', 'Elizabeth',
  'William', 'Barbara', 'Richard', 'Susan', 'Joseph', 'Jessica', 'Thomas', 'Sarah', 'Charles', 'Karen',
  'Daniel', 'Lisa', 'Matthew', 'Nancy', 'Anthony', 'Betty', 'Mark', 'Sandra', 'Steven', 'Ashley',
  'Paul', 'Emily', 'Andrew', 'Donna', 'Joshua', 'Michelle', 'Kenneth', 'Carol', 'Kevin', 'Amanda',
  'Brian', 'Melissa', 'George', 'Deborah', 'Timothy', 'Stephanie', 'Ronald', 'Rebecca', 'Jason', 'Laura',
  'Edward', 'Sharon', 'Jeffrey', 'Cynthia', 'Ryan', 'Amy', 'Jacob', 'Angela', 'Gary', 'Anna',
] as const;

export const LAST_NAMES = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez',
  'Hernandez', 'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin',
  'Lee', 'Perez', 'Thompson', 'White', 'Harris', 'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson',
  'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Torres', 'Nguyen', 'Hill', 'Flores',
  'Green', 'Adams', 'Nelson', 'Baker', 'Hall', 'Rivera', 'Campbell', 'Mitchell', 'Carter', 'Roberts',
  'Gomez', 'Phillips', 'Evans', 'Turner', 'Diaz', 'Parker', 'Cruz', 'Edwards', 'Collins', 'Reyes',
] as const;

export interface Place {
  city: string;
  state: string;
  country: string;
  countryIso2: string;
  areaCode: string;
}

export const PLACES: Place[] = [
  { city: 'San Francisco', state: 'California', country: 'United States', countryIso2: 'US', areaCode: '415' },
  { city: 'New York', state: 'New York', country: 'United States', countryIso2: 'US', areaCode: '212' },
  { city: 'Austin', state: 'Texas', country: 'United States', countryIso2: 'US', areaCode: '512' },
  { city: 'Chicago', state: 'Illinois', country: 'United States', countryIso2: 'US', areaCode: '312' },
  { city: 'Boston', state: 'Massachusetts', country: 'United States', countryIso2: 'US', areaCode: '617' },
  { city: 'Seattle', state: 'Washington', country: 'United States', countryIso2: 'US', areaCode: '206' },
  { city: 'Denver', state: 'Colorado', country: 'United States', countryIso2: 'US', areaCode: '303' },
  { city: 'Atlanta', state: 'Georgia', country: 'United States', countryIso2: 'US', areaCode: '404' },
];

const COMPANY_NAMES = [
  'Northwind Traders', 'Contoso', 'Fabrikam', 'Tailspin Toys', 'Wingtip Toys', 'Litware', 'Adventure Works',
  'Proseware', 'Lucerne Publishing', 'Alpine Ski House', 'Coho Winery', 'Blue Yonder Airlines', 'Fourth Coffee',
  'Humongous Insurance', 'Trey Research', 'Wide World Importers', 'Woodgrove Bank', 'Southridge Video',
  'Relecloud', 'VanArsdel', 'Brightline Robotics', 'Quillfeather Labs', 'Ironbark Logistics', 'Pinecrest Health',
  'Silverlake Software', 'Tidewater Energy', 'Copperfield Media', 'Harborview Capital', 'Redwood Biotech',
  'Summit Ridge Foods', 'Bluewave Networks', 'Granite Peak Security', 'Lumen Grove', 'Orchard Row Retail',
  'Stonebridge Legal', 'Meridian Freight', 'Kestrel Aerospace', 'Foxglove Pharma', 'Beacon Hill Realty', 'Oakmont Analytics',
] as const;

export interface Company {
  name: string;
  domain: string;
  place: Place;
}

export const COMPANIES: Company[] = COMPANY_NAMES.map((name, i) => ({
  name,
  domain: `${name.toLowerCase().replace(/[^a-z0-9]+/g, '')}.test`,
  place: PLACES[i % PLACES.length],
}));

export interface Title {
  title: string;
  department: string;
  seniority: string;
}

export const TITLES: Title[] = [
  { title: 'Chief Executive Officer', department: 'General Management', seniority: 'C-Level' },
  { title: 'Chief Technology Officer', department: 'Engineering & Technical', seniority: 'C-Level' },
  { title: 'VP of Sales', department: 'Sales', seniority: 'VP' },
  { title: 'VP of Marketing', department: 'Marketing', seniority: 'VP' },
  { title: 'Director of Engineering', department: 'Engineering & Technical', seniority: 'Director' },
  { title: 'Head of Procurement', department: 'Operations', seniority: 'Director' },
  { title: 'Sales Manager', department: 'Sales', seniority: 'Manager' },
  { title: 'Marketing Manager', department: 'Marketing', seniority: 'Manager' },
  { title: 'Account Executive', department: 'Sales', seniority: 'Senior' },
  { title: 'Software Engineer', department: 'Engineering & Technical', seniority: 'Entry' },
  { title: 'HR Business Partner', department: 'Human Resources', seniority: 'Senior' },
  { title: 'Financial Controller', department: 'Finance', seniority: 'Manager' },
];
