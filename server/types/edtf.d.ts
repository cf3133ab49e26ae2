// The edtf package ships no types; we use only its parse function and read min/max/type.
declare module 'edtf' {
  export default function edtf(input: string): unknown;
}
