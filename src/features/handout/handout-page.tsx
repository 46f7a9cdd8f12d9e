// Placeholder while issue 14 builds this screen; replaced by its feature.
export default function HandoutPage() {
  return <h1>Handout</h1>
}
