// Placeholder while issue 14 builds this screen; replaced by its feature.
export default function PresentCardsPage() {
  return <h1>Present cards</h1>
}
