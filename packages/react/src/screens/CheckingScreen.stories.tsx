import type { Meta, StoryObj } from '@storybook/react-vite';
import { CheckingScreen } from './CheckingScreen.tsx';

const meta = {
  title: 'Screens/Checking',
  component: CheckingScreen,
  parameters: {
    docs: {
      description: {
        component:
          "The return trip (`data-screen=\"checking\"`): the customer is back from finAPI's form and the proxy confirms the outcome, because the return URL's parameters are only a hint.\n\n**Use it** on the app's return route (WebFormReturn does). It has no actions: it lasts a moment. The arc turns only where motion is allowed; under reduced motion it is a still clock, never a frozen arc.\n\n**Copy**: short, and never claim the outcome before the proxy has confirmed it.",
      },
    },
  },
} satisfies Meta<typeof CheckingScreen>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
